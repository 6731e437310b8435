package lab.spectra.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.server.db.Database;
import lab.spectra.server.signing.RecordSigningKeys;

/**
 * Signs checkpoints of organizations' audit chains and keeps them: first in the checkpoint
 * directory (the anchor outside PostgreSQL), then in the {@code audit_checkpoints} table, from
 * which benches fetch them and keep them too. Runs as the application role, inside each
 * organization's own context.
 */
public final class AuditCheckpoints {

    private final Database database;
    private final RecordSigningKeys keys;
    private final CheckpointDirectory directory;
    private final Clock clock;

    public AuditCheckpoints(Database database, RecordSigningKeys keys, CheckpointDirectory directory, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Head(long sequence, String hash) {}

    /**
     * Signs a checkpoint of the organization's newest entry, unless the newest checkpoint kept
     * already names it (or the trail is empty).
     *
     * @return the new checkpoint, or empty when there was nothing new to sign
     */
    public Optional<AuditCheckpoint> checkpoint(UUID organizationId) {
        Optional<Head> head = database.inTenant(organizationId, connection -> {
            long covered = CheckpointTable.newestSequence(connection, organizationId);
            return head(connection, organizationId).filter(newest -> newest.sequence() > covered);
        });
        if (head.isEmpty()) {
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.issue(
                keys.signingKey(),
                organizationId,
                head.get().sequence(),
                head.get().hash(),
                clock.instant());
        directory.write(checkpoint);
        database.inTenant(organizationId, connection -> {
            CheckpointTable.store(connection, database.dialect(), checkpoint);
            return null;
        });
        return Optional.of(checkpoint);
    }

    private static Optional<Head> head(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT sequence, hash FROM audit_log"
                + " WHERE organization_id = ? ORDER BY sequence DESC FETCH FIRST 1 ROW ONLY")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }
}
