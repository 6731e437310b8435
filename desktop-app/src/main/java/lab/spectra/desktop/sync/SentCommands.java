package lab.spectra.desktop.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * Keeps the outbox's rows of these commands, in the transaction that takes them out of it, with
     * the server's decision receipt for them when it sent one.
     */
    static void keep(Connection connection, List<UUID> commandIds, Instant decidedAt, String decisionReceipt)
            throws SQLException {
        Long receiptId = decisionReceipt == null ? null : storeReceipt(connection, decisionReceipt);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sent_commands (" + COLUMNS
                + ", decided_at, receipt_id) SELECT " + COLUMNS + ", ?, ? FROM outbox WHERE command_id = ?"
                + " AND command_id NOT IN (SELECT command_id FROM sent_commands)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(decidedAt, ZoneOffset.UTC);
            for (UUID id : commandIds) {
                insert.setObject(1, at);
                insert.setObject(2, receiptId);
                insert.setObject(3, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long storeReceipt(Connection connection, String compact) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO decision_receipts (compact) VALUES (?)", new String[] {"receipt_id"})) {
            insert.setString(1, compact);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** The decision receipts of queued commands, each once, to send with them (ADR 0040). */
    static List<String> receiptsOf(Connection connection, List<UUID> commandIds) throws SQLException {
        if (commandIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(commandIds.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT r.compact FROM outbox o"
                + " JOIN decision_receipts r ON r.receipt_id = o.decision_receipt_id WHERE o.command_id IN ("
                + placeholders + ")")) {
            for (int i = 0; i < commandIds.size(); i++) {
                select.setObject(i + 1, commandIds.get(i));
            }
            List<String> receipts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    receipts.add(rows.getString(1));
                }
            }
            return receipts;
        }
    }

    /** Forgets what was decided longer ago than the retention window. */
    static int forgetOlderThan(Connection connection, Instant now, Duration retention) throws SQLException {
        int forgotten;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sent_commands WHERE decided_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(now.minus(retention), ZoneOffset.UTC));
            forgotten = delete.executeUpdate();
        }
        if (forgotten > 0) {
            try (PreparedStatement unused = connection.prepareStatement("DELETE FROM decision_receipts r"
                    + " WHERE NOT EXISTS (SELECT 1 FROM sent_commands s WHERE s.receipt_id = r.receipt_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.decision_receipt_id = r.receipt_id)")) {
                unused.executeUpdate();
            }
        }
        return forgotten;
    }

    /**
     * Puts every kept command back in the queue at its old place (before everything queued since),
     * to be sent to a server whose data was restored; the server answers those it still has as it did.
     *
     * @return how many were queued again
     */
    static int queueAgain(Connection connection) throws SQLException {
        int queued;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (" + COLUMNS
                + ", decision_receipt_id) SELECT " + COLUMNS + ", receipt_id FROM sent_commands"
                + " WHERE command_id NOT IN (SELECT command_id FROM outbox) ORDER BY seq")) {
            queued = insert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sent_commands")) {
            delete.executeUpdate();
        }
        return queued;
    }
}
