package lab.spectra.server.analysis.spc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;

/**
 * An SPC series with points written straight into a demo lab as system rows (change log and audit
 * included), for tests of the read routes that need a chart of known shape rather than the path
 * results take to feed one.
 *
 * @param pointIds the points in chart order
 */
record SpcTestSeries(String id, String instrumentId, List<String> pointIds, List<Instant> measuredAt) {

    /**
     * What to insert.
     *
     * @param centre     the frozen centre line, or null for a series without limits
     * @param sigma      one zone, when {@code centre} is set
     * @param runIds     runs the points belong to, used in turn (may be empty)
     * @param firstAt    the first point's run time; the others follow a day apart
     */
    record Shape(
            Double centre,
            Double sigma,
            List<Double> values,
            List<String> runIds,
            Instant firstAt,
            RuleNumbering numbering,
            List<Integer> rules,
            Double lowerSpecLimit,
            Double upperSpecLimit) {

        static Shape of(List<Double> values) {
            return new Shape(
                    null,
                    null,
                    values,
                    List.of(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(values.size() + 1L)),
                    RuleNumbering.NELSON,
                    List.of(1, 2, 3, 4, 5, 6, 7, 8),
                    null,
                    null);
        }

        Shape withLimits(double newCentre, double newSigma) {
            return new Shape(
                    newCentre, newSigma, values, runIds, firstAt, numbering, rules, lowerSpecLimit, upperSpecLimit);
        }

        Shape withRuns(List<String> runs) {
            return new Shape(centre, sigma, values, runs, firstAt, numbering, rules, lowerSpecLimit, upperSpecLimit);
        }

        Shape startingAt(Instant at) {
            return new Shape(centre, sigma, values, runIds, at, numbering, rules, lowerSpecLimit, upperSpecLimit);
        }

        Shape numbered(RuleNumbering by, List<Integer> enabled) {
            return new Shape(centre, sigma, values, runIds, firstAt, by, enabled, lowerSpecLimit, upperSpecLimit);
        }

        Shape withSpecification(Double lower, Double upper) {
            return new Shape(centre, sigma, values, runIds, firstAt, numbering, rules, lower, upper);
        }
    }

    /** Inserts the series on {@code instrumentId} in the lab of {@code ids}. */
    static SpcTestSeries insert(DemoServer demo, DemoIds ids, String instrumentId, Shape shape) {
        UUID organization = organizationOf(demo, ids);
        UUID series = Ids.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Row> rows = new ArrayList<>();
        boolean frozen = shape.centre() != null;
        rows.add(new SpcSeries(
                series,
                organization,
                UUID.fromString(instrumentId),
                "threshold voltage",
                "V",
                frozen ? shape.centre() : null,
                frozen ? shape.centre() - 3 * shape.sigma() : null,
                frozen ? shape.centre() + 3 * shape.sigma() : null,
                now,
                now,
                null,
                1,
                "Threshold voltage " + series.toString().substring(0, 8),
                "IV sweep",
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                shape.rules(),
                shape.numbering(),
                false,
                shape.lowerSpecLimit(),
                shape.upperSpecLimit(),
                frozen ? shape.sigma() : null,
                null,
                null));
        List<String> pointIds = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < shape.values().size(); i++) {
            UUID result = Ids.newId();
            UUID point = SpcPoint.idFor(series, result);
            Instant at = shape.firstAt().plus(Duration.ofDays(i));
            UUID run = shape.runIds().isEmpty()
                    ? null
                    : UUID.fromString(shape.runIds().get(i % shape.runIds().size()));
            rows.add(new SpcPoint(
                    point, organization, series, run, shape.values().get(i), at, now, 1, result, at.plusSeconds(60)));
            pointIds.add(point.toString());
            times.add(at);
        }
        demo.server.parts().commands().insertSystemRows(organization, null, "test:SpcSeries", rows);
        return new SpcTestSeries(series.toString(), instrumentId, List.copyOf(pointIds), List.copyOf(times));
    }

    /**
     * An alert of Nelson rule {@code rule} completed at the point {@code pointIndex}, raised at
     * {@code raisedAt}; acknowledged by nobody, or already acknowledged when {@code acknowledged}.
     */
    String alert(DemoServer demo, DemoIds ids, int pointIndex, int rule, Instant raisedAt, boolean acknowledged) {
        UUID organization = organizationOf(demo, ids);
        UUID point = UUID.fromString(pointIds.get(pointIndex));
        UUID alert = SpcAlert.idFor(UUID.fromString(id), NelsonRule.numbered(rule), point);
        UUID admin = UUID.fromString(ids.userId("admin"));
        demo.server
                .parts()
                .commands()
                .insertSystemRows(
                        organization,
                        null,
                        "test:SpcAlert",
                        List.of(new SpcAlert(
                                alert,
                                organization,
                                UUID.fromString(id),
                                point,
                                SpcAlert.ruleName(NelsonRule.numbered(rule)),
                                NelsonRule.numbered(rule).sentence(),
                                raisedAt,
                                acknowledged ? admin : null,
                                acknowledged ? raisedAt.plusSeconds(60) : null,
                                1,
                                rule,
                                List.of(point),
                                acknowledged ? "Looked at it" : null,
                                raisedAt,
                                raisedAt)));
        return alert.toString();
    }

    /** One more point on the series, measured at {@code at}; its id. */
    String addPoint(DemoServer demo, DemoIds ids, double value, Instant at) {
        UUID organization = organizationOf(demo, ids);
        UUID result = Ids.newId();
        UUID point = SpcPoint.idFor(UUID.fromString(id), result);
        demo.server
                .parts()
                .commands()
                .insertSystemRows(
                        organization,
                        null,
                        "test:SpcPoint",
                        List.of(new SpcPoint(
                                point,
                                organization,
                                UUID.fromString(id),
                                null,
                                value,
                                at,
                                Instant.now(),
                                1,
                                result,
                                at.plusSeconds(60))));
        return point.toString();
    }

    private static UUID organizationOf(DemoServer demo, DemoIds ids) {
        return UUID.fromString(demo.http
                .get("/auth/me", ids.token("admin"))
                .body()
                .path("organization")
                .path("id")
                .asText());
    }

    /** A run on the instrument, started by the technician on a new sample. */
    static String runOn(DemoServer demo, DemoIds ids, String instrumentId) {
        return ids.created(demo.http.post(
                "/api/analysis/runs",
                ids.token("tech"),
                Map.of(
                        "recipe_id",
                        ids.approvedRecipeFor("smu"),
                        "instrument_id",
                        instrumentId,
                        "sample_id",
                        ids.newSample())));
    }
}
