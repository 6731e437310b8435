package lab.spectra.model.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** A wafer cut from, or belonging to, a sample. */
public record Wafer(
        UUID id,
        UUID organizationId,
        UUID sampleId,
        String label,
        Double diameterMm,
        ObjectNode metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Wafer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(sampleId, "sample_id");
        Objects.requireNonNull(label, "label");
        metadata = JsonObjects.copyOrEmpty(metadata);
    }
}
