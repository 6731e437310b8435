package lab.spectra.model.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.clock.TrustedClock;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.InMemoryServerTimeStore;
import lab.spectra.model.testing.Lab;
import lab.spectra.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** StartRun and RecordResult obey the lockout at the time their author made them. */
class LockoutRejectsRunsAndResultsTest {

    private final Lab lab = new Lab();

    private Outcome startXrdRunAt(Instant authoredAt) {
        StartRun start = new StartRun(
                lab.meta(lab.technician, authoredAt),
                Ids.newId(),
                lab.approvedXrdScan.id(),
                lab.xrd.id(),
                lab.sample.id(),
                null);
        return lab.handle(start, lab.technician);
    }

    @Test
    void aRunCannotStartWhenTheCertificateExpiresExactlyThen() {
        assertThat(startXrdRunAt(Lab.XRD_EXPIRY))
                .isEqualTo(new Rejected(
                        RejectionCode.CALIBRATION_EXPIRED, "Calibration expired for XRD-01 on 2026-03-01"));
    }

    @Test
    void aRunStartsOneSecondBeforeExpiryAndRemembersTheCertificate() {
        Outcome outcome = startXrdRunAt(Lab.XRD_EXPIRY.minusSeconds(1));
        assertThat(outcome).isInstanceOf(Applied.class);
        Run run = (Run) ((Applied) outcome).changes().get(0).after();
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.calibrationId()).isEqualTo(lab.xrdCalibration.id());
        assertThat(run.startedAt()).isEqualTo(Lab.XRD_EXPIRY.minusSeconds(1));
    }

    @Test
    void aRunCannotStartOneSecondAfterExpiry() {
        assertThat(startXrdRunAt(Lab.XRD_EXPIRY.plusSeconds(1)))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.CALIBRATION_EXPIRED);
    }

    @Test
    void aRunCannotStartOnAnInstrumentWithoutCertificate() {
        var sem = lab.instrument("SEM-01", lab.smu.kind());
        lab.state.put(sem);
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), sem.id(), lab.sample.id(), null);
        assertThat(lab.handle(start, lab.technician))
                .isEqualTo(new Rejected(RejectionCode.CALIBRATION_MISSING, "No calibration on record for SEM-01"));
    }

    @Test
    void aRunCannotStartOnAnInstrumentWhoseCertificateWasRevoked() {
        lab.state.put(lab.smuCalibration.revoke(lab.admin.userId(), null, Lab.NOW.minusSeconds(60), Lab.NOW));
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        assertThat(lab.handle(start, lab.technician))
                .isEqualTo(new Rejected(
                        RejectionCode.CALIBRATION_REVOKED, "Calibration for SMU-01 was revoked on 2026-03-10"));
    }

    @Test
    void aResultCannotBeRecordedOnceTheCertificateExpiredDuringTheRun() {
        Run run = lab.runningRunOf(lab.technician);
        RecordResult late = new RecordResult(
                lab.meta(lab.technician, Lab.SMU_EXPIRY),
                Ids.newId(),
                run.id(),
                "leakage current",
                1e-9,
                "A",
                null,
                null);
        assertThat(lab.handle(late, lab.technician, Lab.SMU_EXPIRY))
                .isEqualTo(new Rejected(
                        RejectionCode.CALIBRATION_EXPIRED, "Calibration expired for SMU-01 on 2026-06-08"));
    }

    @Test
    void settingThePcClockBackBelowTheLastServerTimeDoesNotUnexpireACertificate() {
        Instant lastServerTime = Lab.XRD_EXPIRY.plus(Duration.ofDays(2));
        InMemoryServerTimeStore store = new InMemoryServerTimeStore();
        MutableClock pcClock = new MutableClock(lastServerTime);
        TrustedClock clock = new TrustedClock(pcClock, () -> 0L, store);
        clock.observeServerTime(lastServerTime);

        pcClock.set(Lab.XRD_EXPIRY.minus(Duration.ofDays(30)));

        assertThat(startXrdRunAt(clock.instant()))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.CALIBRATION_EXPIRED);
    }
}
