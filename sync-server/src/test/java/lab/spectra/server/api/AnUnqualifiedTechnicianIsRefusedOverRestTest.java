package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run started over REST needs the operator's qualification, judged by the server at its own
 * time: refused with 409 and the reason in words when there is none or it expired.
 */
class AnUnqualifiedTechnicianIsRefusedOverRestTest {

    private final OwnLab own = new OwnLab("qualrest");
    private final UUID ellipsometer =
            own.lab.instrumentWithValidCalibration(own.org, "ELL-Q1", InstrumentKind.ELLIPSOMETER);
    private final UUID recipe = own.lab.approvedRecipe(own.org, "Film thickness", InstrumentKind.ELLIPSOMETER);
    private final UUID sop = own.lab.approvedSop(own.org, "Ellipsometry");
    private final Actor newcomer = own.newcomer();

    @AfterEach
    void close() {
        own.close();
    }

    private Http.Response startRun() {
        return own.demo.http.post(
                "/api/analysis/runs",
                own.token("newcomer"),
                Map.of(
                        "recipe_id",
                        recipe.toString(),
                        "instrument_id",
                        ellipsometer.toString(),
                        "sample_id",
                        own.lab.sample(own.org, "Q-" + UUID.randomUUID()).toString()));
    }

    @Test
    void aTechnicianWithNoQualificationIsRefusedWith409AndTheReason() {
        Http.Response response = startRun();

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("not_qualified");
        assertThat(response.message())
                .isEqualTo(newcomer.displayName()
                        + " is not qualified to run Film thickness v1 on an ellipsometer (no qualification on record)");
    }

    @Test
    void anExpiredQualificationIsRefusedWithItsDate() {
        Instant expired = Instant.parse("2026-10-01T00:00:00Z");
        own.lab.qualify(
                own.org,
                newcomer,
                InstrumentKind.ELLIPSOMETER,
                "Film thickness",
                sop,
                expired.minus(Duration.ofDays(365)),
                expired);

        Http.Response response = startRun();

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("qualification_expired");
        assertThat(response.message())
                .isEqualTo(newcomer.displayName() + " is not qualified on SOP Ellipsometry v1 \u2014 expired"
                        + " 2026-10-01");
    }

    @Test
    void aQualifiedTechnicianStartsTheRun() {
        own.lab.qualify(
                own.org,
                newcomer,
                InstrumentKind.ELLIPSOMETER,
                null,
                sop,
                Instant.now().minus(Duration.ofDays(1)));

        Http.Response response = startRun();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("status").asText()).isEqualTo("running");
    }
}
