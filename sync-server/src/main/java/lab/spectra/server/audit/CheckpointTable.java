package lab.spectra.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;

/**
 * The {@code audit_checkpoints} table: the database's copy of the signed checkpoints, from which
 * benches fetch them. Written once per entry, never changed (the application role may not update
 * or delete it). Not the anchor: that is the copy outside the database.
 */
public final class CheckpointTable {

    private final Database database;

    public CheckpointTable(Database database) {
        this.database = database;
    }

    /** The newest checkpoint statement kept for the organization. */
    public Optional<String> newest(UUID organizationId) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT statement FROM audit_checkpoints"
                    + " WHERE organization_id = ? ORDER BY sequence DESC FETCH FIRST 1 ROW ONLY")) {
                select.setObject(1, organizationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Every checkpoint statement kept for the organization, oldest first, unverified. */
    public List<String> all(UUID organizationId) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT statement FROM audit_checkpoints WHERE organization_id = ? ORDER BY sequence")) {
                select.setObject(1, organizationId);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> statements = new ArrayList<>();
                    while (rows.next()) {
                        statements.add(rows.getString(1));
                    }
                    return statements;
                }
            }
        });
    }

    /** The highest entry number a kept checkpoint names; 0 when there is none. */
    static long newestSequence(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(max(sequence), 0) FROM audit_checkpoints WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Keeps the checkpoint; another server instance may have kept one of the same entry first, which stays. */
    static void store(Connection connection, SqlDialect dialect, AuditCheckpoint checkpoint) throws SQLException {
        String insert = "INSERT INTO audit_checkpoints (organization_id, sequence, head_hash, signed_at, statement)"
                + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM audit_checkpoints WHERE organization_id = ? AND sequence = ?)"
                + (dialect == SqlDialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, checkpoint.organizationId());
            statement.setLong(2, checkpoint.sequence());
            statement.setString(3, checkpoint.headHash());
            statement.setObject(4, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
            statement.setString(5, checkpoint.compact());
            statement.setObject(6, checkpoint.organizationId());
            statement.setLong(7, checkpoint.sequence());
            statement.executeUpdate();
        }
    }
}
