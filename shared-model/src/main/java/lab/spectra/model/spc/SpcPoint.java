package lab.spectra.model.spc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * One result on a control chart. Its id is derived from the series and the result
 * ({@link #idFor}), so the bench, feeding it offline, and the server, feeding it again on receipt,
 * write the same row (ADR 0026).
 *
 * @param measuredAt when the run started: points are ordered by the run's time
 * @param recordedAt when the result was recorded (the author's time): orders points of one run
 * @param createdAt  when the deciding side received and applied it (the server's receive time, once synced)
 */
public record SpcPoint(
        UUID id,
        UUID organizationId,
        UUID seriesId,
        UUID runId,
        double value,
        Instant measuredAt,
        Instant createdAt,
        long rowVersion,
        UUID resultId,
        Instant recordedAt)
        implements Row {

    /** Chart order: the run's time, then the result's, then the id, so every side sorts alike. */
    public static final Comparator<SpcPoint> CHART_ORDER = Comparator.comparing(SpcPoint::measuredAt)
            .thenComparing(SpcPoint::recordedAt)
            .thenComparing(SpcPoint::id);

    public SpcPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(seriesId, "series_id");
        Objects.requireNonNull(measuredAt, "measured_at");
        recordedAt = recordedAt == null ? measuredAt : recordedAt;
    }

    /** The point id of a result on a series: the same on the bench and on the server. */
    public static UUID idFor(UUID seriesId, UUID resultId) {
        return UUID.nameUUIDFromBytes(("spc-point:" + seriesId + ":" + resultId).getBytes(StandardCharsets.UTF_8));
    }
}
