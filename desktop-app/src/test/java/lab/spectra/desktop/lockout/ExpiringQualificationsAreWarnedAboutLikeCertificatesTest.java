package lab.spectra.desktop.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Qualifications expiring within 30 days are in the launch notice: a person's own, and everyone's
 * for PIs and admins; those further out, expired or revoked are not.
 */
class ExpiringQualificationsAreWarnedAboutLikeCertificatesTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final QualificationWarnings warnings =
            new QualificationWarnings(copy, Clock.fixed(Lab.NOW, ZoneOffset.UTC));

    ExpiringQualificationsAreWarnedAboutLikeCertificatesTest() {
        copy.put(
                lab.qualification(
                        lab.technician,
                        InstrumentKind.SMU,
                        "IV sweep",
                        Lab.NOW.minus(Duration.ofDays(300)),
                        Lab.NOW.plus(Duration.ofDays(5))),
                lab.qualification(
                        lab.engineer,
                        InstrumentKind.XRD,
                        null,
                        Lab.NOW.minus(Duration.ofDays(300)),
                        Lab.NOW.plus(Duration.ofDays(29))),
                lab.qualification(
                        lab.engineer,
                        InstrumentKind.SMU,
                        null,
                        Lab.NOW.minus(Duration.ofDays(300)),
                        Lab.NOW.minus(Duration.ofDays(1))));
    }

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void aTechnicianIsWarnedOfTheirOwnOnly() {
        assertThat(warnings.evaluate(LabPeople.signedIn(lab.technician)))
                .containsExactly("Soon: Your qualification for IV sweep on a source-measure unit"
                        + " (SOP IV characterization v1) expires on 2026-03-15 (in 5 days)");
    }

    @Test
    void aPiIsWarnedOfEveryonesSoonestFirst() {
        assertThat(warnings.evaluate(LabPeople.signedIn(lab.pi)))
                .containsExactly(
                        "Soon: Tess Technician's qualification for IV sweep on a source-measure unit"
                                + " (SOP IV characterization v1) expires on 2026-03-15 (in 5 days)",
                        "Soon: Eli Engineer's qualification for any recipe on an X-ray diffractometer"
                                + " (SOP IV characterization v1) expires on 2026-04-08 (in 29 days)");
    }
}
