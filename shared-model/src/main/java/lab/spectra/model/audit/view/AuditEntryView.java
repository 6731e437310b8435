package lab.spectra.model.audit.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry as the audit-trail viewer shows it: the entry's own fields with the names of the
 * person and the workstation where they are known, and the first characters of its hash (enough to
 * compare with a printout; the chain is checked by the server's verification).
 *
 * @param actor       who acted; null for entries the system wrote itself (the chain format marker)
 * @param workstation the bench it came from; null when it came over the web API
 */
public record AuditEntryView(
        long sequence,
        Instant occurredAt,
        Named actor,
        Named workstation,
        String action,
        String table,
        UUID recordId,
        JsonNode oldValue,
        JsonNode newValue,
        String reason,
        String hashPrefix) {

    /** How many hex digits of an entry's hash are shown. */
    public static final int HASH_PREFIX_LENGTH = 12;

    /** A person or a workstation: its id, and its name when the organization still knows it. */
    public record Named(UUID id, String name) {

        /** The name, or the id when the name is unknown. */
        public String label() {
            return name == null || name.isBlank() ? String.valueOf(id) : name;
        }
    }
}
