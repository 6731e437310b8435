package lab.spectra.desktop.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The calibration warning days of the organization's settings, not a fixed week, mark "expiring soon". */
class TheLabsWarningDaysDecideWhenACalibrationIsExpiringTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    /** Ten days before the SMU's certificate expires. */
    private final Clock tenDaysBefore = Clock.fixed(Lab.SMU_EXPIRY.minus(Duration.ofDays(10)), ZoneOffset.UTC);

    @AfterEach
    void close() {
        copy.close();
    }

    private InstrumentLockout smu(InstrumentLockouts lockouts) {
        return lockouts.evaluate().stream()
                .filter(lockout -> lockout.instrument().name().equals("SMU-01"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCertificateTenDaysFromExpiryIsExpiringUnderAFortnightsWarning() {
        assertThat(smu(new InstrumentLockouts(copy, tenDaysBefore, Duration.ofDays(14)))
                        .expiringSoon())
                .isTrue();
    }

    @Test
    void theSameCertificateIsNotYetExpiringUnderAWeeksWarning() {
        assertThat(smu(new InstrumentLockouts(copy, tenDaysBefore, Duration.ofDays(7)))
                        .expiringSoon())
                .isFalse();
    }
}
