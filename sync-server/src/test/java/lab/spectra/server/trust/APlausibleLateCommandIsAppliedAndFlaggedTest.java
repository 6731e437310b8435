package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.trust.ReviewFlag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A measurement is never thrown away for syncing late, and never slips past a lockout unseen: a
 * run made while the certificate held, received after it expired, is applied and put on the PIs'
 * review list with both times.
 */
class APlausibleLateCommandIsAppliedAndFlaggedTest {

    private static final TrustLab LAB = new TrustLab("late");

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void aRunMadeBeforeExpiryAndReceivedAfterIsAppliedWithAReviewNamingBothTimes() {
        Instant start = LAB.clock.instant();
        UUID smu = LAB.lab.instrument(LAB.org, "SMU-L1", InstrumentKind.SMU);
        LAB.lab.calibrate(LAB.org, smu, start.minus(Duration.ofDays(300)), start.plus(Duration.ofDays(1)));
        UUID recipe = LAB.lab.approvedRecipe(LAB.org, "Sweep L1", InstrumentKind.SMU);
        UUID sample = LAB.lab.sample(LAB.org, "LT-1");
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());
        Instant madeAt = start.plus(Duration.ofHours(12));
        StartRun run = bench.sign(
                new StartRun(bench.meta(LAB.org.technician(), madeAt), Ids.newId(), recipe, smu, sample, null));

        LAB.clock.advance(Duration.ofDays(2));
        CommandResult result = bench.push(LAB.org.technician(), run).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Applied.class);
        CommandResult.Review review = ((CommandResult.Applied) result).review();
        assertThat(review).isNotNull();
        assertThat(review.codes()).containsExactly(ReviewFlag.CALIBRATION_LAPSED_BEFORE_SYNC);
        assertThat(review.authoredAt()).isEqualTo(madeAt);
        assertThat(review.receivedAt()).isAfter(start.plus(Duration.ofDays(2)).minusSeconds(1));
        JsonNode item = LAB.reviews(LAB.org.pi()).get(0);
        assertThat(item.get("record_id").asText()).isEqualTo(run.runId().toString());
        assertThat(Instant.parse(item.get("authored_at").asText())).isEqualTo(madeAt);
        assertThat(Instant.parse(item.get("received_at").asText())).isAfter(madeAt.plus(Duration.ofDays(1)));
        assertThat(item.get("reason").asText()).contains("SMU-L1");
    }

    @Test
    void aTechnicianMayNotReadTheReviewList() {
        assertThat(LAB.http
                        .get("/api/analysis/reviews", LAB.token(LAB.org.technician()))
                        .status())
                .isEqualTo(403);
    }
}
