package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Revoking a certificate answers the runs that relied on it, and only those, for review. */
class RevokingACertificateListsTheRunsMadeUnderItTest {

    private final OwnLab own = new OwnLab("revoke");
    private final ServerLab lab = own.lab;

    @AfterEach
    void close() {
        own.close();
    }

    private UUID runOn(UUID instrument, UUID recipe, String barcode) {
        StartRun start = new StartRun(
                lab.meta(own.org.technician()), Ids.newId(), recipe, instrument, lab.sample(own.org, barcode), null);
        ServerLab.expectApplied(lab.run(start, own.org.technician()));
        return start.runId();
    }

    @Test
    void theRunsOnTheRevokedInstrumentAreListedAndOthersAreNot() {
        UUID recipe = lab.approvedRecipe(own.org, "IV sweep", InstrumentKind.SMU);
        UUID revokedInstrument = lab.instrument(own.org, "SMU-R", InstrumentKind.SMU);
        UUID certificate = lab.calibrate(
                own.org,
                revokedInstrument,
                lab.clock.instant().minus(Duration.ofDays(20)),
                lab.clock.instant().plus(Duration.ofDays(300)));
        UUID otherInstrument = lab.instrumentWithValidCalibration(own.org, "SMU-K", InstrumentKind.SMU);
        UUID first = runOn(revokedInstrument, recipe, "V-1");
        UUID second = runOn(revokedInstrument, recipe, "V-2");
        runOn(otherInstrument, recipe, "V-3");

        Http.Response revoked = own.demo.http.post(
                "/api/analysis/calibrations/" + certificate + "/revoke",
                own.token("admin"),
                Map.of("reason", "reference out of tolerance"));

        assertThat(revoked.status()).isEqualTo(200);
        List<String> toReview = new ArrayList<>();
        for (JsonNode run : revoked.body().get("runs_to_review")) {
            toReview.add(run.get("id").asText());
        }
        assertThat(toReview).containsExactlyInAnyOrder(first.toString(), second.toString());
    }
}
