package lab.spectra.desktop.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filter of the audit viewer as the person set it; null means "any". Days are whole days in
 * UTC, as the server reads {@code from} and {@code to}.
 */
public record AuditQuery(
        String table, UUID recordId, UUID actorId, String action, LocalDate from, LocalDate to, UUID workstationId) {

    public static final AuditQuery ANY = new AuditQuery(null, null, null, null, null, null, null);

    /** The query string's filter part, each parameter led by {@code &}. */
    String parameters() {
        List<String> parts = new ArrayList<>();
        add(parts, "table", table);
        add(parts, "record_id", recordId);
        add(parts, "actor_id", actorId);
        add(parts, "action", action);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "workstation_id", workstationId);
        return parts.isEmpty() ? "" : "&" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
        }
    }

    /** The same filter for one record, as picked from the list. */
    public AuditQuery forRecord(String recordTable, UUID record) {
        return new AuditQuery(recordTable, record, null, null, null, null, null);
    }
}
