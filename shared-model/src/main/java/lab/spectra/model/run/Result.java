package lab.spectra.model.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** One measured quantity of a run, e.g. threshold voltage 0.42 V. Append-only. */
public record Result(
        UUID id,
        UUID organizationId,
        UUID runId,
        String quantity,
        double value,
        String unit,
        String rawDataRef,
        ObjectNode payload,
        UUID recordedBy,
        Instant recordedAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public Result {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recordedAt, "recorded_at");
        payload = JsonObjects.copyOrEmpty(payload);
    }
}
