package lab.spectra.server.audit.viewer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which audit entries a view shows; every criterion is optional and they all must hold. Always
 * within the caller's organization, which is not part of the filter: it is the tenant.
 *
 * @param from entries at or after this time
 * @param to   entries before this time
 */
public record AuditFilter(
        String table, UUID recordId, UUID actorId, String action, Instant from, Instant to, UUID workstationId) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    /** The conditions on {@code audit_log a}, appended to {@code sql} with their values. */
    void where(StringBuilder sql, List<Object> values) {
        condition(sql, values, "a.table_name = ?", table);
        condition(sql, values, "a.record_id = ?", recordId);
        condition(sql, values, "a.actor_id = ?", actorId);
        condition(sql, values, "a.action = ?", action);
        condition(
                sql,
                values,
                "a.occurred_at >= ?",
                from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        condition(sql, values, "a.occurred_at < ?", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        condition(sql, values, "a.workstation_id = ?", workstationId);
    }

    private static void condition(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }
    }

    /** The filter in words, one line per criterion, for a printout. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (table != null) {
            lines.add("Table: " + table);
        }
        if (recordId != null) {
            lines.add("Record: " + recordId);
        }
        if (actorId != null) {
            lines.add("Person: " + actorId);
        }
        if (action != null) {
            lines.add("Action: " + action);
        }
        if (from != null) {
            lines.add("From: " + from);
        }
        if (to != null) {
            lines.add("Before: " + to);
        }
        if (workstationId != null) {
            lines.add("Workstation: " + workstationId);
        }
        return List.copyOf(lines);
    }
}
