package lab.spectra.model.custody;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/** One hand-over in a sample's chain of custody. Append-only. */
public record CustodyEvent(
        UUID id,
        UUID organizationId,
        UUID sampleId,
        String fromCustodian,
        String toCustodian,
        String location,
        String reason,
        Instant occurredAt,
        UUID recordedBy,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public CustodyEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(sampleId, "sample_id");
        Objects.requireNonNull(fromCustodian, "from_custodian");
        Objects.requireNonNull(toCustodian, "to_custodian");
        Objects.requireNonNull(occurredAt, "occurred_at");
    }
}
