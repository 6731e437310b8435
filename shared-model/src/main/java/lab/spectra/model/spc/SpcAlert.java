package lab.spectra.model.spc;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/** A control-chart rule violation (e.g. a point beyond 3 sigma) waiting for someone to look. */
public record SpcAlert(
        UUID id,
        UUID organizationId,
        UUID seriesId,
        UUID pointId,
        String rule,
        String message,
        Instant raisedAt,
        UUID acknowledgedBy,
        Instant acknowledgedAt,
        long rowVersion)
        implements Row {

    public SpcAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(seriesId, "series_id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(raisedAt, "raised_at");
    }
}
