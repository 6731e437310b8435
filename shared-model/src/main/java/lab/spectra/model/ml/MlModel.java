package lab.spectra.model.ml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** Metadata of a trained model (metrics, where the artifact is); never the weights. */
public record MlModel(
        UUID id,
        UUID organizationId,
        String name,
        String modelVersion,
        UUID featureSetId,
        ObjectNode metrics,
        String artifactRef,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public MlModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelVersion, "model_version");
        metrics = JsonObjects.copyOrEmpty(metrics);
    }
}
