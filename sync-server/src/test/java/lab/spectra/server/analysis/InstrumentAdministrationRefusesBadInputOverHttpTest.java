package lab.spectra.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The instrument routes answer bad input with a clear 4xx and change nothing: another lab's
 * instrument is not found, a status the lab does not have is a bad request, a missing reason or a
 * run limit of zero is invalid, a rule (a move calls for requalification) is a conflict.
 */
class InstrumentAdministrationRefusesBadInputOverHttpTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final DemoIds otherLab = new DemoIds(demo, "test.org");

    @Test
    void anotherLabsInstrumentIsNotFoundForEveryRoute() {
        String theirs = otherLab.instrument("SMU-01");
        String admin = ids.token("admin");
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);

        assertThat(demo.http
                        .get("/api/analysis/instruments/" + theirs + "/events", admin)
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .get("/api/analysis/instruments/" + theirs + "/maintenance", admin)
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .post(
                                "/api/analysis/instruments/" + theirs + "/status",
                                admin,
                                Map.of("status", "out_of_service", "reason", "sabotage"))
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .post(
                                "/api/analysis/instruments/" + theirs + "/maintenance",
                                admin,
                                Map.of("performed_at", hourAgo.toString(), "description", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .post(
                                "/api/analysis/instruments/" + theirs + "/requalifications",
                                admin,
                                Map.of("performed_at", hourAgo.toString(), "summary", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .get("/api/analysis/instruments/" + theirs + "/events", otherLab.token("viewer"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aStatusTheLabDoesNotHaveIsABadRequest() {
        String instrument = ids.newCalibratedInstrument();

        Http.Response response = demo.http.post(
                "/api/analysis/instruments/" + instrument + "/status",
                ids.token("admin"),
                Map.of("status", "broken", "reason", "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).isNotBlank();
    }

    @Test
    void outOfServiceWithoutAReasonIsInvalidAndChangesNothing() {
        String instrument = ids.newCalibratedInstrument();

        Http.Response response = demo.http.post(
                "/api/analysis/instruments/" + instrument + "/status",
                ids.token("admin"),
                Map.of("status", "out_of_service"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("invalid_input");
        assertThat(response.message()).isEqualTo("A reason is required to take an instrument out of service");
        assertThat(demo.http
                        .get("/api/analysis/instruments/" + instrument + "/events", ids.token("viewer"))
                        .body()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aTechnicianMayNotTakeAnInstrumentOutOfService() {
        String instrument = ids.newCalibratedInstrument();

        Http.Response response = demo.http.post(
                "/api/analysis/instruments/" + instrument + "/status",
                ids.token("tech"),
                Map.of("status", "out_of_service", "reason", "looks odd"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aRunLimitOfZeroIsInvalid() {
        String instrument = ids.newCalibratedInstrument();
        Map<String, Object> edit = new HashMap<>();
        edit.put("name", "SMU-Z" + instrument.substring(0, 8));
        edit.put("kind", "smu");
        edit.put("location", "Bay 1");
        edit.put("requalify_after_runs", 0);

        Http.Response response = demo.http.put("/api/analysis/instruments/" + instrument, ids.token("admin"), edit);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("invalid_input");
    }

    @Test
    void aMovedInstrumentIsAConflictForANewRunNamingTheMove() {
        String instrument = ids.newCalibratedInstrument();
        Map<String, Object> edit = new HashMap<>();
        edit.put("name", "SMU-M" + instrument.substring(0, 8));
        edit.put("kind", "smu");
        edit.put("location", "Cleanroom 2");
        assertThat(demo.http
                        .put("/api/analysis/instruments/" + instrument, ids.token("admin"), edit)
                        .status())
                .isEqualTo(200);

        Http.Response run = demo.http.post(
                "/api/analysis/runs",
                ids.token("tech"),
                Map.of(
                        "recipe_id",
                        ids.approvedRecipeFor("smu"),
                        "instrument_id",
                        instrument,
                        "sample_id",
                        ids.sample()));

        assertThat(run.status()).isEqualTo(409);
        assertThat(run.code()).isEqualTo("requalification_needed");
        assertThat(run.message()).contains("after relocation on").endsWith("(Moved from Bay 1 to Cleanroom 2)");
    }
}
