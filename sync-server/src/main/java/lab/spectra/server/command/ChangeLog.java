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
