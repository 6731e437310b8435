package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 end to end over REST: an engineer watches threshold voltage of IV sweep on an SMU as a
 * critical series, twenty runs feed its baseline, the PI freezes the limits with their password,
 * and a result beyond 3 sigma raises the server's rule-1 alert. The next IV sweep on that SMU is
 * refused with 409 and the hold in words; another recipe on the same SMU is not held; once an
 * engineer acknowledges the alert with a reason, the IV sweep starts.
 */
class ACriticalSeriesHoldsItsRecipeUntilItsAlertIsAcknowledgedOverRestTest {

    private static final double[] BASELINE = {
        0.420, 0.424, 0.417, 0.421, 0.426, 0.418, 0.422, 0.419, 0.423, 0.416,
        0.421, 0.425, 0.418, 0.420, 0.424, 0.417, 0.422, 0.419, 0.423, 0.420
    };

    private final OwnLab own = new OwnLab("spchold");
    private final UUID smu = own.lab.instrumentWithValidCalibration(own.org, "SMU-H1", InstrumentKind.SMU);
    private final UUID ivSweep = own.lab.approvedRecipe(own.org, "IV sweep", InstrumentKind.SMU);
    private final UUID leakage = own.lab.approvedRecipe(own.org, "Leakage scan", InstrumentKind.SMU);

    private final String tech = own.token("tech");
    private final String engineer = own.token("engineer");
    private final String pi = own.token("pi");
    private final String viewer = own.token("viewer");

    ACriticalSeriesHoldsItsRecipeUntilItsAlertIsAcknowledgedOverRestTest() {
        UUID sop = own.lab.approvedSop(own.org, "IV characterization");
        own.lab.qualify(
                own.org,
                own.org.technician(),
                InstrumentKind.SMU,
                null,
                sop,
                Instant.now().minusSeconds(86_400));
    }

    @AfterEach
    void close() {
        own.close();
    }

    @Test
    void theOutliersAlertHoldsIvSweepsOnTheSmuUntilAnEngineerAcknowledgesIt() {
        String series = criticalSeries();
        for (double value : BASELINE) {
            recordOnNewRun(ivSweep, value);
        }
        freezeLimits(series);

        recordOnNewRun(ivSweep, 0.470);

        JsonNode alerts = own.demo
                .http
                .get("/api/analysis/spc/alerts?status=open&series_id=" + series, viewer)
                .body()
                .get("items");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("rule_number").asInt()).isEqualTo(1);
        String alert = alerts.get(0).get("id").asText();

        Http.Response held = startRun(ivSweep);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.code()).isEqualTo("spc_hold");
        assertThat(held.message())
                .startsWith("SMU-H1 is on hold for IV sweep")
                .contains("Threshold voltage")
                .contains("Rule 1");
        assertThat(startRun(leakage).status())
                .as("another recipe on the SMU is not held")
                .isEqualTo(201);

        Http.Response acknowledged = own.demo.http.post(
                "/api/analysis/spc/alerts/" + alert + "/acknowledge",
                engineer,
                Map.of("reason", "Probe re-seated; the outlier was a contact fault"));
        assertThat(acknowledged.status()).isEqualTo(200);

        assertThat(startRun(ivSweep).status()).as("the hold is lifted").isEqualTo(201);
    }

    private String criticalSeries() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Threshold voltage, IV sweep on SMU-H1");
        body.put("instrument_id", smu.toString());
        body.put("recipe_name", "IV sweep");
        body.put("quantity", "threshold voltage");
        body.put("unit", "V");
        body.put("critical", true);
        Http.Response created = own.demo.http.post("/api/analysis/spc/series", engineer, body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private void recordOnNewRun(UUID recipe, double value) {
        Http.Response run = startRun(recipe);
        assertThat(run.status()).as(run.body().toString()).isEqualTo(201);
        Http.Response result = own.demo.http.post(
                "/api/analysis/runs/" + run.body().get("id").asText() + "/results",
                tech,
                Map.of("quantity", "threshold voltage", "value", value, "unit", "V"));
        assertThat(result.status()).as(result.body().toString()).isEqualTo(201);
    }

    private void freezeLimits(String series) {
        Http.Response proposal = own.demo.http.get("/api/analysis/spc/series/" + series + "/limits/proposal", pi);
        assertThat(proposal.status()).as(proposal.body().toString()).isEqualTo(200);
        Http.Response frozen = own.demo.http.post(
                "/api/analysis/spc/series/" + series + "/limits",
                pi,
                Map.of(
                        "password",
                        OwnLab.PASSWORD,
                        "content_sha256",
                        proposal.body().get("content_sha256").asText(),
                        "reason",
                        "Twenty stable sweeps after the SMU's calibration"));
        assertThat(frozen.status()).as(frozen.body().toString()).isEqualTo(201);
    }

    private Http.Response startRun(UUID recipe) {
        return own.demo.http.post(
                "/api/analysis/runs",
                tech,
                Map.of(
                        "recipe_id",
                        recipe.toString(),
                        "instrument_id",
                        smu.toString(),
                        "sample_id",
                        own.lab.sample(own.org, "H-" + UUID.randomUUID()).toString()));
    }
}
