package lab.spectra.desktop.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * SPC rows written straight into a bench's copy or the server's tables, for tests of screens that
 * show them: a series, its points, and alerts as the deciding side would have raised them.
 */
public final class SpcFixtureRows {

    private SpcFixtureRows() {}

    /** An individuals series of every rule, without limits yet, on one instrument and recipe lineage. */
    public static SpcSeries series(
            UUID organizationId,
            UUID instrumentId,
            String name,
            String recipeName,
            RuleNumbering numbering,
            Instant at) {
        return new SpcSeries(
                Ids.newId(),
                organizationId,
                instrumentId,
                "threshold voltage",
                "V",
                null,
                null,
                null,
                at,
                at,
                null,
                1,
                name,
                recipeName,
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                numbering == RuleNumbering.WESTERN_ELECTRIC ? List.of(1, 2, 5, 6) : List.of(1, 2, 3, 4, 5, 6, 7, 8),
                numbering,
                false,
                null,
                null,
                null,
                null,
                null);
    }

    /** The series with limits frozen around {@code centre}, one sigma each side. */
    public static SpcSeries withLimits(SpcSeries series, double centre, double sigma) {
        return new SpcSeries(
                series.id(),
                series.organizationId(),
                series.instrumentId(),
                series.parameter(),
                series.unit(),
                centre,
                centre - 3 * sigma,
                centre + 3 * sigma,
                series.createdAt(),
                series.updatedAt(),
                null,
                series.rowVersion(),
                series.name(),
                series.recipeName(),
                series.materialId(),
                series.chartType(),
                series.subgroupSize(),
                series.baselineSize(),
                series.enabledRules(),
                series.ruleNumbering(),
                series.critical(),
                series.lowerSpecLimit(),
                series.upperSpecLimit(),
                sigma,
                null,
                null);
    }

    /** One point per value, an hour apart from {@code first}, on the given run (or none). */
    public static List<SpcPoint> points(SpcSeries series, UUID runId, Instant first, double... values) {
        List<SpcPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            UUID result = Ids.newId();
            Instant at = first.plus(Duration.ofHours(i));
            points.add(new SpcPoint(
                    SpcPoint.idFor(series.id(), result),
                    series.organizationId(),
                    series.id(),
                    runId,
                    values[i],
                    at,
                    at,
                    1,
                    result,
                    at));
        }
        return points;
    }

    /** An open alert of a rule completed at {@code point}, worded as the series numbers its rules. */
    public static SpcAlert openAlert(SpcSeries series, SpcPoint point, NelsonRule rule, Instant raisedAt) {
        return new SpcAlert(
                SpcAlert.idFor(series.id(), rule, point.id()),
                series.organizationId(),
                series.id(),
                point.id(),
                SpcAlert.ruleName(rule),
                series.ruleNumbering().label(rule) + ": " + rule.description(),
                raisedAt,
                null,
                null,
                1,
                rule.number(),
                List.of(point.id()),
                null,
                raisedAt,
                raisedAt);
    }

    /** The alert acknowledged by someone, with their reason. */
    public static SpcAlert acknowledged(SpcAlert alert, UUID by, Instant at, String reason) {
        return new SpcAlert(
                alert.id(),
                alert.organizationId(),
                alert.seriesId(),
                alert.pointId(),
                alert.rule(),
                alert.message(),
                alert.raisedAt(),
                by,
                at,
                alert.rowVersion() + 1,
                alert.ruleNumber(),
                alert.involvedPointIds(),
                reason,
                alert.createdAt(),
                at);
    }
}
