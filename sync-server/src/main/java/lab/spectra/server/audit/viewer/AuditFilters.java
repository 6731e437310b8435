package lab.spectra.server.audit.viewer;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.Requests;

/**
 * The audit filter a request asks for, checked: ids must be UUIDs (another organization's simply
 * match nothing), a table or an action must be one the product writes or one the organization's
 * trail holds, and times must be times. Anything else is a 400 that says which value and why.
 */
final class AuditFilters {

    static final List<String> QUERY =
            List.of("table", "record_id", "actor_id", "action", "from", "to", "workstation_id");

    private final AuditEntries entries;

    AuditFilters(AuditEntries entries) {
        this.entries = entries;
    }

    AuditFilter of(Context ctx, UUID organizationId) {
        String table = text(ctx, "table");
        if (table != null && Table.byName(table).isEmpty() && !entries.anyWith(organizationId, "table_name", table)) {
            throw ApiException.badRequest(
                    "invalid_parameter",
                    "'table' names no table the audit trail knows: '" + table + "' (e.g. samples, recipes, users)");
        }
        String action = text(ctx, "action");
        if (action != null
                && CommandTypes.byWireName(action).isEmpty()
                && !entries.anyWith(organizationId, "action", action)) {
            throw ApiException.badRequest(
                    "invalid_parameter",
                    "'action' names no action the audit trail knows: '" + action
                            + "' (actions are command names such as EditSample, or events such as auth:SignIn)");
        }
        Instant from = time(ctx, "from", false);
        Instant to = time(ctx, "to", true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("invalid_parameter", "'from' must be before 'to'");
        }
        return new AuditFilter(
                table,
                Requests.optionalUuidQuery(ctx, "record_id"),
                Requests.optionalUuidQuery(ctx, "actor_id"),
                action,
                from,
                to,
                Requests.optionalUuidQuery(ctx, "workstation_id"));
    }

    /** A table in the path of a record's history, checked as the filter's. */
    String table(String table, UUID organizationId) {
        if (Table.byName(table).isEmpty() && !entries.anyWith(organizationId, "table_name", table)) {
            throw ApiException.notFound("The table " + table);
        }
        return table;
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A time as an instant ({@code 2026-11-30T09:00:00Z}) or a day ({@code 2026-11-30}, UTC): a day
     * as {@code from} starts at its midnight, as {@code to} includes the whole day.
     */
    private static Instant time(Context ctx, String name, boolean end) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException notADay) {
                throw ApiException.badRequest(
                        "invalid_parameter",
                        "'" + name + "' must be a time such as 2026-11-30T09:00:00Z or a day such as 2026-11-30;" + " '"
                                + value + "' is neither");
            }
        }
    }
}
