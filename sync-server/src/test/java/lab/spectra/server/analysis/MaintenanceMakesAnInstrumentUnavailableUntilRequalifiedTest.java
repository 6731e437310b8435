package lab.spectra.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, as instrument software and scripts see it: maintenance done on an instrument refuses
 * new runs with 409 and the reason in words, until a requalification is recorded (ADR 0022).
 */
class MaintenanceMakesAnInstrumentUnavailableUntilRequalifiedTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    private Http.Response startRun(String instrument) {
        return demo.http.post(
                "/api/analysis/runs",
                ids.token("tech"),
                Map.of(
                        "recipe_id",
                        ids.approvedRecipeFor("smu"),
                        "instrument_id",
                        instrument,
                        "sample_id",
                        ids.sample()));
    }

    @Test
    void maintenanceHoldsTheInstrumentWith409UntilARequalificationIsRecorded() {
        String instrument = ids.newCalibratedInstrument();
        String name = nameOf(instrument);
        assertThat(startRun(instrument).status()).isEqualTo(201);
        Instant maintained = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Http.Response maintenance = demo.http.post(
                "/api/analysis/instruments/" + instrument + "/maintenance",
                ids.token("admin"),
                Map.of("performed_at", maintained.toString(), "description", "Replaced the guard cable"));
        assertThat(maintenance.status()).isEqualTo(201);

        Http.Response held = startRun(instrument);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.code()).isEqualTo("requalification_needed");
        assertThat(held.message())
                .isEqualTo(name + " needs requalification after maintenance on "
                        + maintained.atOffset(ZoneOffset.UTC).toLocalDate());

        Http.Response requalified = demo.http.post(
                "/api/analysis/instruments/" + instrument + "/requalifications",
                ids.token("admin"),
                Map.of(
                        "performed_at",
                        Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                        "summary",
                        "Reference resistor within 0.05 %"));
        assertThat(requalified.status()).isEqualTo(201);

        assertThat(startRun(instrument).status()).isEqualTo(201);
    }

    @Test
    void theInstrumentsEventsListItsCertificateMaintenanceAndRequalificationInTimeOrder() {
        String instrument = ids.newCalibratedInstrument();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        demo.http.post(
                "/api/analysis/instruments/" + instrument + "/maintenance",
                ids.token("admin"),
                Map.of("performed_at", now.minus(2, ChronoUnit.HOURS).toString(), "description", "Fan replaced"));
        demo.http.post(
                "/api/analysis/instruments/" + instrument + "/requalifications",
                ids.token("admin"),
                Map.of("performed_at", now.minus(1, ChronoUnit.HOURS).toString(), "summary", "OQ passed"));

        Http.Response events =
                demo.http.get("/api/analysis/instruments/" + instrument + "/events", ids.token("viewer"));

        assertThat(events.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        for (JsonNode event : events.body()) {
            kinds.add(event.get("kind").asText() + ": " + event.get("label").asText());
        }
        assertThat(kinds).hasSize(3);
        assertThat(kinds.get(0)).startsWith("calibration: Calibrated: certificate C-");
        assertThat(kinds.subList(1, 3))
                .containsExactly("maintenance: Fan replaced", "requalification: Requalified: OQ passed");
    }

    private String nameOf(String instrument) {
        for (JsonNode status : demo.http
                .get("/api/analysis/calibrations/status", ids.token("viewer"))
                .body()) {
            if (status.get("instrument_id").asText().equals(instrument)) {
                return status.get("instrument_name").asText();
            }
        }
        throw new AssertionError("instrument " + instrument + " is not listed");
    }
}
