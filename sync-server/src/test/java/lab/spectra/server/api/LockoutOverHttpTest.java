package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** A run on an instrument whose calibration expired is refused with 409 and the reason. */
class LockoutOverHttpTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    @Test
    void aRunOnTheExpiredXrdIsRefusedWith409NamingTheInstrumentAndDate() {
        Http.Response response = demo.http.post(
                "/api/analysis/runs",
                ids.token("tech"),
                Map.of(
                        "recipe_id",
                        ids.approvedRecipeFor("smu"),
                        "instrument_id",
                        ids.instrument("XRD-01"),
                        "sample_id",
                        ids.sample()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("calibration_expired");
        assertThat(response.message()).matches("Calibration expired for XRD-01 on \\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aRunOnAValidInstrumentStarts() {
        Http.Response response = demo.http.post(
                "/api/analysis/runs",
                ids.token("tech"),
                Map.of(
                        "recipe_id",
                        ids.approvedRecipeFor("smu"),
                        "instrument_id",
                        ids.instrument("SMU-01"),
                        "sample_id",
                        ids.sample()));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("status").asText()).isEqualTo("running");
        String run = response.body().get("id").asText();
        Http.Response detail = demo.http.get("/api/analysis/runs/" + run, ids.token("viewer"));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().get("run").get("id").asText()).isEqualTo(run);
    }

    @Test
    void theStatusListShowsEveryInstrumentWithItsState() {
        Http.Response response = demo.http.get("/api/analysis/calibrations/status", ids.token("viewer"));
        assertThat(response.status()).isEqualTo(200);
        Map<String, String> states = new HashMap<>();
        response.body()
                .forEach(item -> states.put(
                        item.get("instrument_name").asText(), item.get("status").asText()));
        assertThat(states)
                .containsEntry("XRD-01", "expired")
                .containsEntry("ELL-01", "expiring")
                .containsEntry("SMU-01", "valid");
    }

    @Test
    void revokingACertificateLocksItsInstrumentAndListsItsRunsForReview() {
        String calibration = ids.newCalibration();
        Http.Response revoked = demo.http.post(
                "/api/analysis/calibrations/" + calibration + "/revoke",
                ids.token("admin"),
                Map.of("reason", "reference out of tolerance"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().get("calibration").get("state").asText()).isEqualTo("revoked");
        assertThat(revoked.body().get("runs_to_review").isArray()).isTrue();
    }
}
