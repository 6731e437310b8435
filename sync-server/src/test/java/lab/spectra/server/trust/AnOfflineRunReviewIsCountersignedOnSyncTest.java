package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.ReviewRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An engineer reviews a run on an offline bench, signing with the device key their password
 * unseals (ADR 0018's scheme); at the next sync the server checks that signature against the key
 * registered for that bench and countersigns it, exactly as it does a notebook signature. A review
 * whose device signature covers another decision is refused and writes nothing.
 */
class AnOfflineRunReviewIsCountersignedOnSyncTest {

    private static final TrustLab LAB = new TrustLab("review-offline");
    private final RunReviewing runs = new RunReviewing(LAB);

    @AfterAll
    static void close() {
        LAB.close();
    }

    private ReviewRun reviewedOnTheBench(
            TrustLab.Bench bench, UUID run, ReviewDecision decision, ReviewDecision signedDecision) {
        String hash = runs.shownHash(run, LAB.org.engineer());
        ReviewRun unsigned = new ReviewRun(
                bench.meta(LAB.org.engineer(), LAB.clock.instant()),
                Ids.newId(),
                Ids.newId(),
                run,
                decision,
                "Slope matches the reference resistor",
                hash,
                null);
        ReviewRun whatTheKeySigned = new ReviewRun(
                unsigned.meta(),
                unsigned.reviewId(),
                unsigned.signatureId(),
                run,
                signedDecision,
                unsigned.comment(),
                hash,
                null);
        String jws = DeviceSignatures.sign(bench.keys.get(LAB.org.engineer().userId()), whatTheKeySigned.payload());
        return bench.sign(unsigned.withDeviceSignature(jws));
    }

    @Test
    void theReviewIsAppliedAndCountersignedWhenTheBenchSyncs() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "OFF1");
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        ReviewRun review = reviewedOnTheBench(bench, run, ReviewDecision.REVIEWED, ReviewDecision.REVIEWED);
        LAB.clock.advance(Duration.ofHours(2));

        CommandResult answer = bench.push(LAB.org.engineer(), review).results().get(0);

        assertThat(answer).isInstanceOf(CommandResult.Applied.class);
        JsonNode listed = runs.reviewItems(run, LAB.org.viewer()).get(0);
        assertThat(listed.path("decision").asText()).isEqualTo("reviewed");
        assertThat(listed.path("signed_on_workstation").asBoolean()).isTrue();
        assertThat(listed.path("countersigned_at").asText()).isNotBlank();
        assertThat(listed.path("valid").asBoolean()).isTrue();
        assertThat(listed.path("device_signature").asText()).isEqualTo("verifies");
        assertThat(listed.path("countersignature").asText()).isEqualTo("verifies");
        assertThat(listed.path("holds").asBoolean()).isTrue();
    }

    @Test
    void aDeviceSignatureOverAnotherDecisionIsRefusedAndNothingIsWritten() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "OFF2");
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        ReviewRun review = reviewedOnTheBench(bench, run, ReviewDecision.REJECTED, ReviewDecision.REVIEWED);

        CommandResult answer = bench.push(LAB.org.engineer(), review).results().get(0);

        assertThat(answer).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) answer).code().wireName()).isEqualTo("signature_invalid");
        assertThat(runs.reviewItems(run, LAB.org.viewer())).isEmpty();
    }
}
