package lab.spectra.model.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** The lockout rule at its boundaries, evaluated directly. */
class CalibrationLockoutTest {

    private final Lab lab = new Lab();
    private final CalibrationLockout lockout = new CalibrationLockout();

    private CalibrationStatus xrdAt(Instant at) {
        return lockout.evaluate(lab.xrd, List.of(lab.xrdCalibration), at);
    }

    @Test
    void aCertificateExpiringExactlyNowIsExpired() {
        assertThat(xrdAt(Lab.XRD_EXPIRY)).isInstanceOf(CalibrationStatus.Expired.class);
    }

    @Test
    void oneSecondBeforeExpiryTheInstrumentIsStillUsable() {
        CalibrationStatus status = xrdAt(Lab.XRD_EXPIRY.minusSeconds(1));
        assertThat(status).isInstanceOf(CalibrationStatus.ExpiringSoon.class);
        assertThat(status.locked()).isFalse();
    }

    @Test
    void oneSecondAfterExpiryTheInstrumentIsLockedWithTheInstrumentAndDateNamed() {
        CalibrationStatus status = xrdAt(Lab.XRD_EXPIRY.plusSeconds(1));
        assertThat(status.lockout())
                .contains(new Rejected(
                        RejectionCode.CALIBRATION_EXPIRED, "Calibration expired for XRD-01 on 2026-03-01"));
    }

    @Test
    void aRevokedCertificateLocksTheInstrumentEvenBeforeItsExpiry() {
        Calibration revoked = lab.smuCalibration.revoke(
                lab.admin.userId(), "out of tolerance", Instant.parse("2026-03-05T10:00:00Z"), Lab.NOW);
        CalibrationStatus status = lockout.evaluate(lab.smu, List.of(revoked), Lab.NOW);
        assertThat(status.lockout())
                .contains(new Rejected(
                        RejectionCode.CALIBRATION_REVOKED,
                        "Calibration for SMU-01 was revoked on 2026-03-05 (out of tolerance)"));
    }

    @Test
    void anInstrumentWithoutAnyCertificateIsLocked() {
        assertThat(lockout.evaluate(lab.smu, List.of(), Lab.NOW).lockout())
                .contains(new Rejected(RejectionCode.CALIBRATION_MISSING, "No calibration on record for SMU-01"));
    }

    @Test
    void aCertificateIssuedLaterThanTheMomentIsNotYetInForce() {
        Calibration future =
                lab.calibration(lab.smu, "CERT-FUTURE", Lab.NOW.plusSeconds(60), Lab.NOW.plus(Duration.ofDays(365)));
        assertThat(lockout.evaluate(lab.smu, List.of(future), Lab.NOW)).isInstanceOf(CalibrationStatus.Missing.class);
    }

    @Test
    void theLatestIssuedCertificateSupersedesAnExpiredOne() {
        Calibration renewal = lab.calibration(
                lab.xrd, "CERT-XRD-2", Lab.NOW.minus(Duration.ofDays(1)), Lab.NOW.plus(Duration.ofDays(365)));
        CalibrationStatus status = lockout.evaluate(lab.xrd, List.of(lab.xrdCalibration, renewal), Lab.NOW);
        assertThat(status).isEqualTo(new CalibrationStatus.Valid("XRD-01", renewal));
    }

    @Test
    void anotherInstrumentsCertificateDoesNotCount() {
        assertThat(lockout.evaluate(lab.smu, List.of(lab.xrdCalibration), Lab.NOW))
                .isInstanceOf(CalibrationStatus.Missing.class);
    }

    @Test
    void expiryWithinSevenDaysIsWarnedAboutButNotLocked() {
        CalibrationStatus status = xrdAt(Lab.XRD_EXPIRY.minus(Duration.ofDays(7)));
        assertThat(status).isInstanceOf(CalibrationStatus.ExpiringSoon.class);
        assertThat(status.message()).isEqualTo("Calibration for XRD-01 expires on 2026-03-01 (in 7 days)");
    }

    @Test
    void expiryFurtherAwayThanTheWarningWindowIsSimplyValid() {
        assertThat(xrdAt(Lab.XRD_EXPIRY.minus(Duration.ofDays(7)).minusSeconds(1)))
                .isInstanceOf(CalibrationStatus.Valid.class);
    }

    @Test
    void theWarningWindowCanBeConfigured() {
        CalibrationLockout thirtyDays = new CalibrationLockout(Duration.ofDays(30));
        assertThat(thirtyDays.evaluate(lab.xrd, List.of(lab.xrdCalibration), Lab.XRD_EXPIRY.minus(Duration.ofDays(20))))
                .isInstanceOf(CalibrationStatus.ExpiringSoon.class);
    }
}
