package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A run started while its operator was qualified stands when it reaches the server after the
 * qualification expired, but goes on the review list with both times (ADR 0012, 0015).
 */
class ARunReceivedAfterItsOperatorsQualificationLapsedIsFlaggedTest {

    private final Lab lab = new Lab();
    private final Actor newcomer = lab.actor(Role.TECHNICIAN, "Nina Newcomer");
    private final Instant expiry = Lab.NOW.plus(Duration.ofDays(1));

    ARunReceivedAfterItsOperatorsQualificationLapsedIsFlaggedTest() {
        lab.state.put(
                lab.userAccount(newcomer),
                lab.qualification(
                        newcomer, InstrumentKind.SMU, "IV sweep", Lab.NOW.minus(Duration.ofDays(300)), expiry));
    }

    private StartRun ivSweepAt(Instant at) {
        return new StartRun(
                lab.meta(newcomer, at), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
    }

    @Test
    void aRunMadeBeforeTheExpiryAndReceivedAfterIsFlaggedNamingTheSop() {
        Instant made = expiry.minus(Duration.ofHours(12));
        Instant received = expiry.plus(Duration.ofDays(1));

        assertThat(LateSyncReview.assess(ivSweepAt(made), lab.state, made, received))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.code()).isEqualTo(ReviewFlag.QUALIFICATION_LAPSED_BEFORE_SYNC);
                    assertThat(flag.message())
                            .isEqualTo("Started on 2026-03-10 21:00 UTC while Nina Newcomer was qualified, but it"
                                    + " reached the server on 2026-03-12 09:00 UTC: Nina Newcomer is not qualified on"
                                    + " SOP IV characterization v1 \u2014 expired 2026-03-11");
                });
    }

    @Test
    void aRunReceivedWhileTheQualificationStillHoldsIsNotFlagged() {
        Instant made = expiry.minus(Duration.ofHours(12));

        assertThat(LateSyncReview.assess(ivSweepAt(made), lab.state, made, expiry.minusSeconds(1)))
                .isEmpty();
    }
}
