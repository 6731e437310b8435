package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The chart of a series' last points: each point with its run, sample and operator; the centre
 * line, control limits and ±1σ/±2σ zones of the frozen limits, the specification limits apart; the
 * violations of the enabled rules with the points involved, labelled as the series numbers them;
 * and the instrument's calibration as a marker in the points' time range.
 */
class TheSpcChartAnswersLimitsZonesViolationsAndMarkersTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    /** Ten stable points around 10, nine at 11 (a shift: rule 2 at the ninth), then one at 14 (rule 1). */
    private static List<Double> shiftThenOutlier() {
        List<Double> values = new ArrayList<>();
        double[] stable = {10.2, 9.7, 10.4, 9.9, 9.6, 10.3, 10.1, 9.8, 10.5, 9.5};
        for (double value : stable) {
            values.add(value);
        }
        for (int i = 0; i < 9; i++) {
            values.add(11.0);
        }
        values.add(14.0);
        return values;
    }

    private SpcTestSeries chartOnNewInstrument(RuleNumbering numbering) {
        String instrument = ids.newCalibratedInstrument();
        List<String> runs =
                List.of(SpcTestSeries.runOn(demo, ids, instrument), SpcTestSeries.runOn(demo, ids, instrument));
        Instant firstAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(21));
        return SpcTestSeries.insert(
                demo,
                ids,
                instrument,
                SpcTestSeries.Shape.of(shiftThenOutlier())
                        .withLimits(10.0, 1.0)
                        .withRuns(runs)
                        .startingAt(firstAt)
                        .numbered(numbering, List.of(1, 2))
                        .withSpecification(5.0, 15.0));
    }

    private JsonNode chart(SpcTestSeries series, String query) {
        Http.Response response =
                demo.http.get("/api/analysis/spc/series/" + series.id() + "/chart" + query, ids.token("viewer"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theChartCarriesLimitsZonesAndTheSpecificationApart() {
        JsonNode chart = chart(chartOnNewInstrument(RuleNumbering.NELSON), "");

        JsonNode limits = chart.get("control_limits");
        assertThat(limits.get("center_line").asDouble()).isEqualTo(10.0);
        assertThat(limits.get("lower_control_limit").asDouble()).isEqualTo(7.0);
        assertThat(limits.get("upper_control_limit").asDouble()).isEqualTo(13.0);
        assertThat(limits.get("sigma").asDouble()).isEqualTo(1.0);
        assertThat(limits.get("minus_two_sigma").asDouble()).isEqualTo(8.0);
        assertThat(limits.get("minus_one_sigma").asDouble()).isEqualTo(9.0);
        assertThat(limits.get("plus_one_sigma").asDouble()).isEqualTo(11.0);
        assertThat(limits.get("plus_two_sigma").asDouble()).isEqualTo(12.0);
        assertThat(chart.get("specification_limits").get("lower").asDouble()).isEqualTo(5.0);
        assertThat(chart.get("specification_limits").get("upper").asDouble()).isEqualTo(15.0);
    }

    @Test
    void everyPointComesWithItsRunSampleAndOperatorInChartOrder() {
        SpcTestSeries series = chartOnNewInstrument(RuleNumbering.NELSON);
        String technician =
                demo.http.get("/auth/me", ids.token("tech")).body().get("name").asText();

        JsonNode chart = chart(series, "");

        JsonNode points = chart.get("points");
        assertThat(points).hasSize(20);
        assertThat(chart.get("total_points").asLong()).isEqualTo(20);
        List<String> order = new ArrayList<>();
        points.forEach(point -> order.add(point.get("id").asText()));
        assertThat(order).isEqualTo(series.pointIds());
        JsonNode first = points.get(0);
        assertThat(first.get("run_id").asText()).isNotBlank();
        assertThat(first.get("sample_barcode").asText()).startsWith("T-");
        assertThat(first.get("sample_name").asText()).startsWith("Test sample");
        assertThat(first.get("operator_name").asText()).isEqualTo(technician);
        assertThat(chart.get("plotted")).hasSize(20);
        assertThat(chart.get("plotted").get(19).get("value").asDouble()).isEqualTo(14.0);
    }

    @Test
    void theShiftAndTheOutlierAreMarkedWithTheirRulesAndPoints() {
        SpcTestSeries series = chartOnNewInstrument(RuleNumbering.NELSON);

        JsonNode violations = chart(series, "").get("violations");

        assertThat(violations).hasSize(3);
        JsonNode shift = violations.get(0);
        assertThat(shift.get("rule_number").asInt()).isEqualTo(2);
        assertThat(shift.get("label").asText()).isEqualTo("Rule 2");
        assertThat(shift.get("sentence").asText())
                .isEqualTo("Rule 2: nine points in a row on the same side of the centre line");
        assertThat(shift.get("plotted_index").asInt()).isEqualTo(18);
        assertThat(shift.get("completing_point_id").asText())
                .isEqualTo(series.pointIds().get(18));
        List<String> involved = new ArrayList<>();
        shift.get("involved_point_ids").forEach(id -> involved.add(id.asText()));
        assertThat(involved).isEqualTo(series.pointIds().subList(10, 19));
        JsonNode outlier = violations.get(1);
        assertThat(outlier.get("rule_number").asInt()).isEqualTo(1);
        assertThat(outlier.get("sentence").asText())
                .isEqualTo("Rule 1: one point more than 3 sigma from the centre line");
        assertThat(outlier.get("completing_point_id").asText())
                .isEqualTo(series.pointIds().get(19));
        assertThat(violations.get(2).get("rule_number").asInt()).isEqualTo(2);
    }

    @Test
    void aWesternElectricSeriesLabelsItsRulesWithTheirWesternElectricNumbers() {
        JsonNode violations =
                chart(chartOnNewInstrument(RuleNumbering.WESTERN_ELECTRIC), "").get("violations");

        assertThat(violations.get(0).get("label").asText()).isEqualTo("WE4");
        assertThat(violations.get(0).get("sentence").asText())
                .isEqualTo("WE4: nine points in a row on the same side of the centre line");
        assertThat(violations.get(1).get("label").asText()).isEqualTo("WE1");
    }

    @Test
    void theLastFewPointsAreJudgedWithThePointsBeforeThem() {
        SpcTestSeries series = chartOnNewInstrument(RuleNumbering.NELSON);

        JsonNode chart = chart(series, "?last=5");

        assertThat(chart.get("points")).hasSize(5);
        assertThat(chart.get("points").get(0).get("id").asText())
                .isEqualTo(series.pointIds().get(15));
        assertThat(chart.get("total_points").asLong()).isEqualTo(20);
        // The shift began before the chart's first point and is still seen.
        JsonNode shift = chart.get("violations").get(0);
        assertThat(shift.get("rule_number").asInt()).isEqualTo(2);
        assertThat(shift.get("plotted_index").asInt()).isEqualTo(3);
        assertThat(shift.get("completing_point_id").asText())
                .isEqualTo(series.pointIds().get(18));
    }

    @Test
    void theInstrumentsCalibrationIsAMarkerInThePointsTimeRange() {
        SpcTestSeries series = chartOnNewInstrument(RuleNumbering.NELSON);

        JsonNode markers = chart(series, "").get("markers");

        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).get("kind").asText()).isEqualTo("calibration");
        Instant at = Instant.parse(markers.get(0).get("at").asText());
        assertThat(at).isBetween(series.measuredAt().get(0), series.measuredAt().get(19));
        // Cut to the last three points (the last two days), the ten-day-old certificate is outside.
        assertThat(chart(series, "?last=3").get("markers")).isEmpty();
    }

    @Test
    void aSeriesWithoutFrozenLimitsIsDrawnWithoutLimitsOrViolations() {
        String instrument = ids.newCalibratedInstrument();
        SpcTestSeries series = SpcTestSeries.insert(demo, ids, instrument, SpcTestSeries.Shape.of(shiftThenOutlier()));

        JsonNode chart = chart(series, "");

        assertThat(chart.get("control_limits").isNull()).isTrue();
        assertThat(chart.get("specification_limits").isNull()).isTrue();
        assertThat(chart.get("violations")).isEmpty();
        assertThat(chart.get("points")).hasSize(20);
    }
}
