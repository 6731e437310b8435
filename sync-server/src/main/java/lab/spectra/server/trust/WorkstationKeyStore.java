package lab.spectra.server.trust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The escrowed database keys of an organization's benches, inside the caller's tenant transaction. */
final class WorkstationKeyStore {

    private WorkstationKeyStore() {}

    static Optional<String> find(Connection connection, UUID organizationId, UUID workstationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT database_key FROM workstation_keys WHERE organization_id = ? AND workstation_id = ?")) {
            select.setObject(1, organizationId);
            select.setObject(2, workstationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static void insert(
            Connection connection, UUID organizationId, UUID workstationId, String databaseKey, UUID by, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workstation_keys (organization_id,"
                + " workstation_id, database_key, created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, organizationId);
            insert.setObject(2, workstationId);
            insert.setString(3, databaseKey);
            insert.setObject(4, by);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
