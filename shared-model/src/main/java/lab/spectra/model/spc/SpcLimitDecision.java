package lab.spectra.model.spc;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A PI's signed decision to freeze (or change) a series' control limits (ADR 0026): the numbers
 * as computed by {@link BaselineLimits} from the baseline named by its first and last point, the
 * reason, and the electronic signature over {@link #contentSha256}. Append-only; the series names
 * the decision in force.
 */
public record SpcLimitDecision(
        UUID id,
        UUID organizationId,
        UUID seriesId,
        ChartType chartType,
        int subgroupSize,
        double centerLine,
        double lowerControlLimit,
        double upperControlLimit,
        double sigma,
        double processSigma,
        SigmaEstimate sigmaEstimate,
        int baselineSize,
        UUID baselineFirstPointId,
        UUID baselineLastPointId,
        String derivation,
        String reason,
        UUID signatureId,
        UUID decidedBy,
        String decidedByName,
        Instant decidedAt,
        String contentSha256,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public SpcLimitDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(seriesId, "series_id");
        Objects.requireNonNull(chartType, "chart_type");
        Objects.requireNonNull(sigmaEstimate, "sigma_estimate");
        Objects.requireNonNull(baselineFirstPointId, "baseline_first_point_id");
        Objects.requireNonNull(baselineLastPointId, "baseline_last_point_id");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(signatureId, "signature_id");
        Objects.requireNonNull(decidedBy, "decided_by");
        Objects.requireNonNull(decidedByName, "decided_by_name");
        Objects.requireNonNull(decidedAt, "decided_at");
        Objects.requireNonNull(contentSha256, "content_sha256");
    }
}
