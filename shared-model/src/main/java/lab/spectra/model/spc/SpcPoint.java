package lab.spectra.model.spc;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

public record SpcPoint(
        UUID id,
        UUID organizationId,
        UUID seriesId,
        UUID runId,
        double value,
        Instant measuredAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public SpcPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(seriesId, "series_id");
        Objects.requireNonNull(measuredAt, "measured_at");
    }
}
