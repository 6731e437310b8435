package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

class LateWorkOnAnInstrumentIsFlaggedForReviewTest {

    private final Lab lab = new Lab();

    private StartRun xrdRunAt(Instant at) {
        return new StartRun(
                lab.meta(lab.technician, at),
                Ids.newId(),
                lab.approvedXrdScan.id(),
                lab.xrd.id(),
                lab.sample.id(),
                null);
    }

    @Test
    void aRunMadeBeforeExpiryButReceivedAfterIsFlagged() {
        Instant made = Lab.XRD_EXPIRY.minus(Duration.ofDays(1));
        Instant received = Lab.XRD_EXPIRY.plus(Duration.ofDays(1));

        assertThat(LateSyncReview.assess(xrdRunAt(made), lab.state, made, received))
                .extracting(ReviewFlag::code)
                .containsExactly(ReviewFlag.CALIBRATION_LAPSED_BEFORE_SYNC);
    }

    @Test
    void aRunReceivedWhileTheCertificateStillHoldsIsNotFlagged() {
        Instant made = Lab.XRD_EXPIRY.minus(Duration.ofDays(3));

        assertThat(LateSyncReview.assess(xrdRunAt(made), lab.state, made, made.plus(Duration.ofDays(1))))
                .isEmpty();
    }

    @Test
    void aRunMadeBeforeItsCertificateWasRevokedIsFlagged() {
        Instant revokedAt = Lab.NOW.minus(Duration.ofHours(2));
        lab.state.put(lab.smuCalibration.revoke(lab.admin.userId(), "drift", revokedAt, Lab.NOW));
        Instant made = revokedAt.minus(Duration.ofHours(1));
        StartRun start = new StartRun(
                lab.meta(lab.technician, made),
                Ids.newId(),
                lab.approvedIvSweep.id(),
                lab.smu.id(),
                lab.sample.id(),
                null);

        assertThat(LateSyncReview.assess(start, lab.state, made, Lab.NOW))
                .extracting(ReviewFlag::code)
                .containsExactly(ReviewFlag.CALIBRATION_REVOKED_LATER);
    }
}
