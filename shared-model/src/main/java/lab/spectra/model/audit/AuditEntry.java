package lab.spectra.model.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/**
 * One immutable line of the audit trail: who changed which record, when, from which
 * workstation, with the values before and after. Entries are hash-chained per organization:
 * {@code hash} covers this entry and {@code previousHash}, so an edited, removed or reordered
 * entry breaks the chain.
 */
public record AuditEntry(
        UUID id,
        UUID organizationId,
        long sequence,
        Instant occurredAt,
        UUID actorId,
        UUID workstationId,
        UUID commandId,
        String action,
        String tableName,
        UUID recordId,
        JsonNode oldValue,
        JsonNode newValue,
        String reason,
        String previousHash,
        String hash)
        implements Row {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(occurredAt, "occurred_at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(previousHash, "previous_hash");
        Objects.requireNonNull(hash, "hash");
        // Hashed as stored: the databases keep microseconds.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        oldValue = JsonObjects.nullToAbsent(oldValue);
        newValue = JsonObjects.nullToAbsent(newValue);
    }

    /** Audit entries are never changed, so their first version is their only one. */
    @Override
    public long rowVersion() {
        return 1;
    }
}
