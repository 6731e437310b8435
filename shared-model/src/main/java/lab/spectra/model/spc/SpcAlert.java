package lab.spectra.model.spc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A control-chart rule violation waiting for someone to look (ADR 0026). Raised inside the
 * command that added the point completing the pattern; the server's alerts are the ones that count,
 * a bench's are provisional until its next pull replaces them. Its id is derived from the series,
 * the rule and the completing point ({@link #idFor}) so both sides raise the same row.
 *
 * @param pointId          the point that completed the pattern
 * @param rule             the rule's stable name, e.g. {@code nelson-2}
 * @param ruleNumber       the Nelson rule number, 1..8
 * @param message          the rule in words, as the series numbers it
 * @param involvedPointIds every point of the pattern, in chart order
 */
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
        long rowVersion,
        int ruleNumber,
        List<UUID> involvedPointIds,
        String acknowledgementReason,
        Instant createdAt,
        Instant updatedAt)
        implements Row {

    public SpcAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(seriesId, "series_id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(raisedAt, "raised_at");
        involvedPointIds = involvedPointIds == null ? List.of() : List.copyOf(involvedPointIds);
    }

    /** Not yet acknowledged: shown on the dashboard, and holding the instrument if the series is critical. */
    public boolean awaitsAcknowledgement() {
        return acknowledgedAt == null;
    }

    /** The stable name of a Nelson rule in {@link #rule}. */
    public static String ruleName(NelsonRule rule) {
        return "nelson-" + rule.number();
    }

    /** The alert id of a rule completed at a point: the same on the bench and on the server. */
    public static UUID idFor(UUID seriesId, NelsonRule rule, UUID pointId) {
        return UUID.nameUUIDFromBytes(
                ("spc-alert:" + seriesId + ":" + rule.number() + ":" + pointId).getBytes(StandardCharsets.UTF_8));
    }
}
