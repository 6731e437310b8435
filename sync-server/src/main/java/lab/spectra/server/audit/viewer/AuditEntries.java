package lab.spectra.server.audit.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import lab.spectra.model.audit.FieldChanges;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.audit.view.RecordHistory;
import lab.spectra.server.audit.ExactJson;
import lab.spectra.server.db.Database;

/**
 * Reads an organization's audit trail for the viewer: pages newest first by keyset on the entry
 * number (a deep page costs what the first does), a record's history oldest first, and the whole
 * of a filtered view in batches for exports. Always inside the caller's tenant, so row-level
 * security keeps every other organization's entries out whatever the filter names.
 */
public final class AuditEntries {

    /** How many entries an export reads per query: a million entries are never in memory at once. */
    static final int BATCH = 2_000;

    private static final String SELECT = "SELECT a.sequence, a.occurred_at, a.actor_id, u.display_name,"
            + " a.workstation_id, w.name, a.action, a.table_name, a.record_id, a.old_value, a.new_value,"
            + " a.reason, a.hash FROM audit_log a"
            + " LEFT JOIN users u ON u.id = a.actor_id"
            + " LEFT JOIN workstations w ON w.organization_id = a.organization_id"
            + " AND w.workstation_id = a.workstation_id"
            + " WHERE a.organization_id = ?";

    private final Database database;
    private final ObjectMapper exact;

    public AuditEntries(Database database, ObjectMapper mapper) {
        this.database = database;
        // Values shown exactly as stored: 0.1 stays 0.1, never its nearest double.
        this.exact = ExactJson.reader(mapper);
    }

    /** An entry as read, with its full hash for exports (the view shows a prefix). */
    record Read(AuditEntryView view, String hash) {}

    /**
     * The newest {@code limit} entries matching the filter with a number below {@code before}
     * ({@link Long#MAX_VALUE} for the first page).
     */
    public AuditEntryPage page(UUID organizationId, AuditFilter filter, long before, int limit) {
        Optional<Span> span = span(organizationId, filter);
        if (span.isEmpty()) {
            return new AuditEntryPage(List.of(), null);
        }
        List<Read> rows = batch(organizationId, filter, span.get(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEntryView> entries =
                rows.stream().limit(limit).map(Read::view).toList();
        Long next = more ? entries.get(entries.size() - 1).sequence() : null;
        return new AuditEntryPage(entries, next);
    }

    /** Every entry matching the filter, newest first, handed over batch by batch. */
    void forEach(UUID organizationId, AuditFilter filter, Consumer<Read> each) {
        Optional<Span> span = span(organizationId, filter);
        if (span.isEmpty()) {
            return;
        }
        long before = Long.MAX_VALUE;
        while (true) {
            List<Read> rows = batch(organizationId, filter, span.get(), before, BATCH);
            rows.forEach(each);
            if (rows.size() < BATCH) {
                return;
            }
            before = rows.get(rows.size() - 1).view().sequence();
        }
    }

    /**
     * The entry numbers a filter ending at a time can match: the lowest and highest number among
     * the entries of its time range. Exact, whatever the order of the entries' times; it turns a
     * range deep in the past into a range of entry numbers, so the newest-first walk starts there
     * instead of at the newest entry (on a million entries, one week a year ago: 9 ms, and 9 ms
     * for its first page, against 600 ms without it). A filter without an end needs none: the newest entries are in its range.
     *
     * @return empty when no entry falls in the range
     */
    private Optional<Span> span(UUID organizationId, AuditFilter filter) {
        if (filter.to() == null) {
            return Optional.of(Span.ALL);
        }
        return database.inTenant(organizationId, connection -> {
            // "+ 0": plain min/max would be planned as a walk along the entry numbers until the first
            // entry in the range (500,000 rows for a week a year ago); this reads the range from the
            // time index alone (idx_audit_log_occurred holds the numbers).
            String sql = "SELECT min(sequence + 0), max(sequence + 0) FROM audit_log WHERE organization_id = ?"
                    + " AND occurred_at < ?" + (filter.from() == null ? "" : " AND occurred_at >= ?");
            List<Object> values = new ArrayList<>(List.of(organizationId, utc(filter.to())));
            if (filter.from() != null) {
                values.add(utc(filter.from()));
            }
            try (PreparedStatement select = prepared(connection, sql, values);
                    ResultSet row = select.executeQuery()) {
                row.next();
                long lowest = row.getLong(1);
                return row.wasNull() ? Optional.<Span>empty() : Optional.of(new Span(lowest, row.getLong(2)));
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The entry numbers a filter can match, both included. */
    private record Span(long lowest, long highest) {
        static final Span ALL = new Span(1, Long.MAX_VALUE - 1);
    }

    /** Everything the trail holds about one record, oldest first, each change as field pairs. */
    public RecordHistory history(UUID organizationId, String table, UUID recordId) {
        List<RecordHistory.Change> changes = database.inTenant(organizationId, connection -> {
            List<RecordHistory.Change> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    SELECT + " AND a.table_name = ? AND a.record_id = ? ORDER BY a.sequence")) {
                select.setObject(1, organizationId);
                select.setString(2, table);
                select.setObject(3, recordId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        AuditEntryView entry = read(rows).view();
                        found.add(new RecordHistory.Change(
                                entry, FieldChanges.between(entry.oldValue(), entry.newValue())));
                    }
                }
            }
            return found;
        });
        return new RecordHistory(table, recordId, changes);
    }

    /** How many entries the filter matches. */
    long count(UUID organizationId, AuditFilter filter) {
        return database.inTenant(organizationId, connection -> {
            StringBuilder sql = new StringBuilder("SELECT count(*) FROM audit_log a WHERE a.organization_id = ?");
            List<Object> values = new ArrayList<>(List.of(organizationId));
            filter.where(sql, values);
            try (PreparedStatement select = prepared(connection, sql.toString(), values);
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Whether any entry of the organization has this value in the column ({@code action} or {@code table_name}). */
    boolean anyWith(UUID organizationId, String column, String value) {
        if (!column.equals("action") && !column.equals("table_name")) {
            throw new IllegalArgumentException("Not a filterable text column: " + column);
        }
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM audit_log"
                    + " WHERE organization_id = ? AND " + column + " = ? FETCH FIRST 1 ROW ONLY")) {
                select.setObject(1, organizationId);
                select.setString(2, value);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** The organization's name, for a printout. */
    String organizationName(UUID organizationId) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT name FROM organizations WHERE id = ?")) {
                select.setObject(1, organizationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : organizationId.toString();
                }
            }
        });
    }

    private List<Read> batch(UUID organizationId, AuditFilter filter, Span span, long before, int size) {
        return database.inTenant(organizationId, connection -> {
            // The page's entry numbers first, from the filter's index alone where it can; only then
            // are those entries read and joined to names (not every entry of a wide filter).
            StringBuilder sql = new StringBuilder(
                    SELECT + " AND a.sequence IN (SELECT a.sequence FROM audit_log a" + " WHERE a.organization_id = ?");
            List<Object> values = new ArrayList<>(List.of(organizationId, organizationId));
            filter.where(sql, values);
            sql.append(" AND a.sequence >= ? AND a.sequence < ? ORDER BY a.sequence DESC FETCH FIRST ")
                    .append(size)
                    .append(" ROWS ONLY) ORDER BY a.sequence DESC");
            values.add(span.lowest());
            values.add(Math.min(before, span.highest() + 1));
            List<Read> rows = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, sql.toString(), values);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(read(result));
                }
            }
            return rows;
        });
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private Read read(ResultSet rows) throws SQLException {
        UUID actorId = rows.getObject(3, UUID.class);
        UUID workstationId = rows.getObject(5, UUID.class);
        String hash = rows.getString(13);
        AuditEntryView view = new AuditEntryView(
                rows.getLong(1),
                rows.getObject(2, OffsetDateTime.class).toInstant(),
                actorId == null ? null : new AuditEntryView.Named(actorId, rows.getString(4)),
                workstationId == null ? null : new AuditEntryView.Named(workstationId, rows.getString(6)),
                rows.getString(7),
                rows.getString(8),
                rows.getObject(9, UUID.class),
                json(rows.getString(10)),
                json(rows.getString(11)),
                rows.getString(12),
                hash.substring(0, Math.min(hash.length(), AuditEntryView.HASH_PREFIX_LENGTH)));
        return new Read(view, hash);
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return exact.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry holds a value that is not JSON", e);
        }
    }
}
