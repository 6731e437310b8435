package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * A PI freezes a series' limits from the proposal they were shown, re-entering their password: the
 * decision is signed and the series carries the limits. An engineer may not (and is not asked for a
 * password), a wrong password signs nothing, a baseline with no spread cannot be frozen, and a hash
 * from before the baseline changed is refused.
 */
class APiFreezesLimitsWithTheirPasswordOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    /** Twenty values that vary stably around 0.45. */
    private static List<Double> stableBaseline() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            values.add(0.45 + Math.sin(i * 1.9) * 0.01);
        }
        return values;
    }

    private SpcTestSeries seriesWith(List<Double> values) {
        return SpcTestSeries.insert(demo, ids, ids.newCalibratedInstrument(), SpcTestSeries.Shape.of(values));
    }

    private JsonNode proposal(SpcTestSeries series) {
        Http.Response response =
                demo.http.get("/api/analysis/spc/series/" + series.id() + "/limits/proposal", ids.token("viewer"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Http.Response freeze(SpcTestSeries series, String person, String password, String hash) {
        Map<String, Object> body = new HashMap<>();
        body.put("password", password);
        body.put("content_sha256", hash);
        body.put("reason", "Baseline of twenty stable sweeps");
        return demo.http.post("/api/analysis/spc/series/" + series.id() + "/limits", ids.token(person), body);
    }

    private JsonNode series(SpcTestSeries series) {
        return demo.http
                .get("/api/analysis/spc/series/" + series.id(), ids.token("viewer"))
                .body();
    }

    @Test
    void aPiFreezesTheProposedLimitsWithTheirPassword() {
        SpcTestSeries series = seriesWith(stableBaseline());
        JsonNode proposal = proposal(series);

        Http.Response frozen =
                freeze(series, "pi", "pi123", proposal.get("content_sha256").asText());

        assertThat(frozen.status()).as(frozen.body().toString()).isEqualTo(201);
        assertThat(frozen.body().get("content_sha256").asText())
                .isEqualTo(proposal.get("content_sha256").asText());
        assertThat(frozen.body().get("decided_by").asText()).isEqualTo(ids.userId("pi"));
        assertThat(frozen.body().get("signature_id").asText()).isNotBlank();
        assertThat(frozen.body().get("baseline_first_point_id").asText())
                .isEqualTo(series.pointIds().get(0));
        JsonNode now = series(series);
        assertThat(now.get("center_line").asDouble())
                .isEqualTo(proposal.get("center_line").asDouble());
        assertThat(now.get("upper_control_limit").asDouble())
                .isEqualTo(proposal.get("upper_control_limit").asDouble());
        assertThat(now.get("limits_decision_id").asText())
                .isEqualTo(frozen.body().get("id").asText());
        assertThat(proposal.get("derivation").asText()).isNotBlank();
    }

    @Test
    void anEngineerMayNotFreezeLimits() {
        SpcTestSeries series = seriesWith(stableBaseline());

        Http.Response response = freeze(
                series,
                "engineer",
                "eng123",
                proposal(series).get("content_sha256").asText());

        assertThat(response.status()).isEqualTo(403);
        assertThat(series(series).get("center_line").isNull()).isTrue();
    }

    @Test
    void aWrongPasswordSignsNothing() {
        SpcTestSeries series = seriesWith(stableBaseline());

        Http.Response response = freeze(
                series,
                "pi",
                "not-my-password",
                proposal(series).get("content_sha256").asText());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("reauthentication_failed");
        assertThat(series(series).get("center_line").isNull()).isTrue();
    }

    @Test
    void aBaselineWithoutSpreadCannotBeFrozen() {
        SpcTestSeries series = seriesWith(Collections.nCopies(20, 0.45));

        Http.Response proposed =
                demo.http.get("/api/analysis/spc/series/" + series.id() + "/limits/proposal", ids.token("viewer"));
        Http.Response frozen = freeze(series, "pi", "pi123", "a".repeat(64));

        assertThat(proposed.status()).isEqualTo(409);
        assertThat(proposed.code()).isEqualTo("baseline_not_usable");
        assertThat(proposed.message()).contains("no spread");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.message()).contains("no spread");
        assertThat(series(series).get("center_line").isNull()).isTrue();
    }

    @Test
    void aHashFromBeforeTheBaselineChangedIsRefused() {
        SpcTestSeries series = seriesWith(stableBaseline());
        String shown = proposal(series).get("content_sha256").asText();
        // A late result from a run earlier than the baseline's first point joins the baseline.
        series.addPoint(demo, ids, 0.47, series.measuredAt().get(0).minusSeconds(3600));

        Http.Response response = freeze(series, "pi", "pi123", shown);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.message()).contains("changed");
        assertThat(series(series).get("center_line").isNull()).isTrue();
    }

    @Test
    void aFreezeWithoutTheHashShownIsInvalid() {
        SpcTestSeries series = seriesWith(stableBaseline());

        Http.Response response = freeze(series, "pi", "pi123", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(series(series).get("center_line").isNull()).isTrue();
    }
}
