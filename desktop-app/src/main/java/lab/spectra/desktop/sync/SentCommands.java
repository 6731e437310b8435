package lab.spectra.desktop.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Commands the server decided, kept for {@link lab.spectra.model.protocol.DataEpoch#RETENTION} after
 * they left the outbox (ADR 0040): a server restored from a backup older than them no longer has
 * them, and the bench sends them again, in the places they had in the queue.
 */
final class SentCommands {

    private static final String COLUMNS = "seq, command_id, author_id, command_type, command, created_at, key_id";

    private SentCommands() {}

    /** Keeps the outbox's rows of these commands, in the transaction that takes them out of it. */
    static void keep(Connection connection, List<UUID> commandIds, Instant decidedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sent_commands (" + COLUMNS
                + ", decided_at) SELECT " + COLUMNS + ", ? FROM outbox WHERE command_id = ?"
                + " AND command_id NOT IN (SELECT command_id FROM sent_commands)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(decidedAt, ZoneOffset.UTC);
            for (UUID id : commandIds) {
                insert.setObject(1, at);
                insert.setObject(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Forgets what was decided longer ago than the retention window. */
    static int forgetOlderThan(Connection connection, Instant now, Duration retention) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sent_commands WHERE decided_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(now.minus(retention), ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    /**
     * Puts every kept command back in the queue at its old place (before everything queued since),
     * to be sent to a server whose data was restored; the server answers those it still has as it did.
     *
     * @return how many were queued again
     */
    static int queueAgain(Connection connection) throws SQLException {
        int queued;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (" + COLUMNS + ") SELECT "
                + COLUMNS + " FROM sent_commands WHERE command_id NOT IN (SELECT command_id FROM outbox)"
                + " ORDER BY seq")) {
            queued = insert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sent_commands")) {
            delete.executeUpdate();
        }
        return queued;
    }
}
