package lab.spectra.model.instrument;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

public record Instrument(
        UUID id,
        UUID organizationId,
        String name,
        InstrumentKind kind,
        String serialNumber,
        String location,
        InstrumentStatus status,
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
}
