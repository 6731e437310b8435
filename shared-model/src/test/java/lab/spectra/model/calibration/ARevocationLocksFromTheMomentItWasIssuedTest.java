package lab.spectra.model.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** ADR 0012: work before a revocation was done in good faith; from the revocation on, the instrument is locked. */
class ARevocationLocksFromTheMomentItWasIssuedTest {

    private final Lab lab = new Lab();
    private final CalibrationLockout lockout = new CalibrationLockout();
    private final Instant revokedAt = Lab.NOW.minusSeconds(3600);
    private final Calibration revoked = lab.smuCalibration.revoke(lab.admin.userId(), "drift", revokedAt, Lab.NOW);

    @Test
    void theInstrumentIsLockedFromTheRevocationOn() {
        assertThat(lockout.evaluate(lab.smu, List.of(revoked), revokedAt))
                .isInstanceOf(CalibrationStatus.Revoked.class);
        assertThat(lockout.evaluate(lab.smu, List.of(revoked), Lab.NOW)).isInstanceOf(CalibrationStatus.Revoked.class);
    }

    @Test
    void aMomentBeforeTheRevocationIsJudgedByTheCertificatesDates() {
        assertThat(lockout.evaluate(lab.smu, List.of(revoked), revokedAt.minusSeconds(1))
                        .locked())
                .isFalse();
    }
}
