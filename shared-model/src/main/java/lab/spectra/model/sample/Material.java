package lab.spectra.model.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** What samples are made of (silicon, GaN on sapphire, ...); names are unique per organization. */
public record Material(
        UUID id,
        UUID organizationId,
        String name,
        String formula,
        String description,
        ObjectNode metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion,
        UUID createdBy)
        implements Row {

    public Material {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        metadata = JsonObjects.copyOrEmpty(metadata);
    }
}
