package lab.spectra.model.ml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** Metadata of a set of features derived from results; the data itself lives elsewhere. */
public record FeatureSet(
        UUID id,
        UUID organizationId,
        String name,
        String description,
        ObjectNode definition,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public FeatureSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        definition = JsonObjects.copyOrEmpty(definition);
    }
}
