package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.db.OrgSequence;

/**
 * The organization's numbered row changes, which the sync pull serves. Numbers come from
 * {@link OrgSequence}, so they are only ever handed out under the organization's lock.
 */
public final class ChangeLog {

    /** One numbered change: which row of which table changed. */
    public record Entry(long changeNumber, String tableName, UUID rowId) {}

    private ChangeLog() {}

    public static void append(
            Connection connection, OrgSequence sequence, String table, UUID rowId, UUID commandId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (organization_id, change_number, table_name, row_id, command_id, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, sequence.organizationId());
            insert.setLong(2, sequence.nextChangeNumber());
            insert.setString(3, table);
            insert.setObject(4, rowId);
            insert.setObject(5, commandId);
            insert.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** A change numbered now and written later with the others of its transaction ({@link #appendAll}). */
    public record Numbered(long changeNumber, String tableName, UUID rowId, UUID commandId, Instant at) {}

    /** Takes the next change number for a change that {@link #appendAll} writes before the commit. */
    public static Numbered number(OrgSequence sequence, String table, UUID rowId, UUID commandId, Instant at) {
        return new Numbered(sequence.nextChangeNumber(), table, rowId, commandId, at);
    }

    /** Writes numbered changes as one batch: one round trip rather than one per change. */
    public static void appendAll(Connection connection, UUID organizationId, List<Numbered> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (organization_id, change_number, table_name, row_id, command_id, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Numbered change : changes) {
                insert.setObject(1, organizationId);
                insert.setLong(2, change.changeNumber());
                insert.setString(3, change.tableName());
                insert.setObject(4, change.rowId());
                insert.setObject(5, change.commandId());
                insert.setObject(6, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Up to {@code limit} changes numbered above {@code after}, in order. */
    public static List<Entry> after(Connection connection, UUID organizationId, long after, int limit)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT change_number, table_name, row_id FROM change_log"
                        + " WHERE organization_id = ? AND change_number > ? ORDER BY change_number LIMIT ?")) {
            select.setObject(1, organizationId);
            select.setLong(2, after);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class)));
                }
                return entries;
            }
        }
    }
}
