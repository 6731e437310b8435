package lab.spectra.model.instrument;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/**
 * An instrument of the lab.
 *
 * @param statusReason       why it is not in service (required when out of service), else absent
 * @param requalifyAfterRuns after how many runs since its last requalification it needs another
 *                           (ADR 0022); {@code null} when runs alone never call for one
 */
public record Instrument(
        UUID id,
        UUID organizationId,
        String name,
        InstrumentKind kind,
        String serialNumber,
        String location,
        InstrumentStatus status,
        String statusReason,
        Integer requalifyAfterRuns,
        ObjectNode metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        metadata = JsonObjects.copyOrEmpty(metadata);
    }

    public boolean inService() {
        return status == InstrumentStatus.IN_SERVICE && deletedAt == null;
    }

    /** The same instrument with new particulars. */
    public Instrument edited(
            String newName,
            InstrumentKind newKind,
            String newSerialNumber,
            String newLocation,
            Integer newRequalifyAfterRuns,
            Instant now) {
        return new Instrument(
                id,
                organizationId,
                newName,
                newKind,
                newSerialNumber,
                newLocation,
                status,
                statusReason,
                newRequalifyAfterRuns,
                metadata,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }

    /** The same instrument in another status. */
    public Instrument withStatus(InstrumentStatus newStatus, String reason, Instant now) {
        return new Instrument(
                id,
                organizationId,
                name,
                kind,
                serialNumber,
                location,
                newStatus,
                reason,
                requalifyAfterRuns,
                metadata,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }
}
