package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Each demo lab's threshold-voltage chart was made through the real commands: at least twenty
 * points, limits frozen by the PI's signed decision, a calibration certificate recorded on the SMU
 * drawn on the chart, and after it the alerts the results raised: a shift (Nelson rule 2) and a
 * point beyond 3 sigma (rule 1).
 */
class TheDemoSpcChartShowsAShiftAndAnOutlierAfterACalibrationTest {

    private static final String NAME = "Threshold voltage — IV sweep on SMU-01";

    private final DemoServer demo = DemoServer.get();

    private JsonNode series(DemoIds ids) {
        Http.Response listed = demo.http.get(
                "/api/analysis/spc/series?limit=200&instrument_id=" + ids.instrument("SMU-01"), ids.token("viewer"));
        for (JsonNode series : listed.body().get("items")) {
            if (series.get("name").asText().equals(NAME)) {
                return series;
            }
        }
        throw new AssertionError("No series " + NAME + " in " + listed.body());
    }

    private JsonNode chart(DemoIds ids, JsonNode series) {
        Http.Response chart = demo.http.get(
                "/api/analysis/spc/series/" + series.get("id").asText() + "/chart?last=1000", ids.token("viewer"));
        assertThat(chart.status()).isEqualTo(200);
        return chart.body();
    }

    @Test
    void eachLabsChartHasABaselineAndLimitsFrozenByThePisSignedDecision() {
        for (String domain : List.of("demo.lab", "test.org")) {
            DemoIds ids = new DemoIds(demo, domain);
            JsonNode series = series(ids);
            JsonNode chart = chart(ids, series);

            assertThat(series.get("parameter").asText()).isEqualTo("threshold voltage");
            assertThat(series.get("unit").asText()).isEqualTo("V");
            assertThat(series.get("recipe_name").asText()).isEqualTo("IV sweep");
            assertThat(chart.get("total_points").asLong()).isGreaterThanOrEqualTo(30);
            assertThat(chart.get("control_limits").isNull()).isFalse();
            UUID decision = UUID.fromString(series.get("limits_decision_id").asText());
            UUID organization = UUID.fromString(demo.http
                    .get("/auth/me", ids.token("pi"))
                    .body()
                    .at("/organization/id")
                    .asText());
            List<String> signature = demo.server.parts().database().inTenant(organization, connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT s.signer_id, d.baseline_size, s.voided_at IS NULL, s.content_sha256 = d.content_sha256"
                                + " FROM spc_limit_decisions d JOIN signatures s ON s.id = d.signature_id"
                                + " WHERE d.id = ?")) {
                    select.setObject(1, decision);
                    try (ResultSet row = select.executeQuery()) {
                        List<String> found = new ArrayList<>();
                        while (row.next()) {
                            found.add(row.getString(1));
                            found.add(row.getString(2));
                            found.add(row.getString(3));
                            found.add(row.getString(4));
                        }
                        return found;
                    }
                }
            });
            assertThat(signature).containsExactly(ids.userId("pi"), "20", "t", "t");
        }
    }

    @Test
    void theNewCertificateIsAMarkerOnTheChart() {
        for (String domain : List.of("demo.lab", "test.org")) {
            DemoIds ids = new DemoIds(demo, domain);
            JsonNode markers = chart(ids, series(ids)).get("markers");

            assertThat(markers.findValuesAsText("kind")).contains("calibration");
            assertThat(markers.findValuesAsText("label"))
                    .anySatisfy(label -> assertThat(label).contains("CAL-SMU-01-"));
        }
    }

    @Test
    void theResultsRaisedAShiftAlertAndAnOutlierAlert() {
        for (String domain : List.of("demo.lab", "test.org")) {
            DemoIds ids = new DemoIds(demo, domain);
            JsonNode series = series(ids);
            Http.Response alerts = demo.http.get(
                    "/api/analysis/spc/alerts?limit=200&series_id="
                            + series.get("id").asText(),
                    ids.token("viewer"));
            List<Integer> rules = new ArrayList<>();
            alerts.body()
                    .get("items")
                    .forEach(alert -> rules.add(alert.get("rule_number").asInt()));

            assertThat(rules).contains(1, 2);
            JsonNode violations = chart(ids, series).get("violations");
            List<Integer> marked = new ArrayList<>();
            violations.forEach(
                    violation -> marked.add(violation.get("rule_number").asInt()));
            assertThat(marked).contains(1, 2);
            // The baseline itself is stable: every violation comes after its twenty points.
            violations.forEach(violation ->
                    assertThat(violation.get("plotted_index").asInt()).isGreaterThanOrEqualTo(20));
        }
    }
}
