package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Synthetic;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.OceanSpectrumImporter;
import lab.spectra.model.rundata.importers.RigakuRasImporter;
import lab.spectra.model.rundata.importers.XrdXyImporter;
import org.junit.jupiter.api.Test;

class PeakPositionAndWidthAreInterpolatedBetweenSamplesTest {

    private static final ImportedData.Curves SILICON =
            Samples.curves(new XrdXyImporter().parse(Samples.bytes("xrd-si-powder.xy")));

    @Test
    void theSilicon111ReflectionIsFoundAtItsBraggAngleWithItsWidth() {
        Derivation.Computed peak = PeakFwhm.compute(SILICON, SILICON.first(), "intensity", 27.9, 29.0)
                .orElseThrow();

        DerivedResult position = peak.result("peak position");
        assertThat(position.value()).isCloseTo(28.443, within(0.01));
        assertThat(position.unit()).isEqualTo("deg");
        assertThat(position.algorithm()).hasToString("peak-fwhm-interpolated v1");
        assertThat(peak.result("FWHM").value()).isCloseTo(0.110, within(0.015));
        assertThat(peak.result("peak height").unit()).isEqualTo("counts");
        assertThat(position.provenance())
                .isEqualTo(new Provenance.FromFile(SILICON.sourceSha256(), SILICON.parser(), "pattern", "intensity"));
    }

    @Test
    void theGreenLedsEmissionPeakAndWidthComeOutOfItsSpectrum() {
        ImportedData.Curves led =
                Samples.curves(new OceanSpectrumImporter().parse(Samples.bytes("ocean-green-led-spectrum.txt")));

        Derivation.Computed peak =
                PeakFwhm.compute(led, led.first(), "intensity", 440, 610).orElseThrow();

        assertThat(peak.result("peak position").value()).isCloseTo(525.0, within(0.5));
        assertThat(peak.result("FWHM").value()).isCloseTo(30.0, within(1.0));
        assertThat(peak.result("FWHM").unit()).isEqualTo("nm");
    }

    @Test
    void theZincOxide002ReflectionOfARasScanIsFoundAtItsBraggAngle() {
        ImportedData.Curves zno =
                Samples.curves(new RigakuRasImporter().parse(Samples.bytes("rigaku-zno-on-sapphire.ras")));

        Derivation.Computed peak =
                PeakFwhm.compute(zno, zno.first(), "intensity", 33.4, 35.4).orElseThrow();

        assertThat(peak.result("peak position").value()).isCloseTo(34.422, within(0.01));
        assertThat(peak.result("FWHM").value()).isCloseTo(0.18, within(0.03));
    }

    @Test
    void aWindowThatCutsThroughThePeakIsRefusedRatherThanGivingAHalfWidth() {
        Derivation derivation = PeakFwhm.compute(SILICON, SILICON.first(), "intensity", 28.0, 28.46);

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.PEAK_NOT_RESOLVED);
    }

    @Test
    void aWindowThatEndsOnTheFlankOfThePeakIsRefused() {
        Derivation derivation = PeakFwhm.compute(SILICON, SILICON.first(), "intensity", 28.0, 28.52);

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.PEAK_NOT_RESOLVED);
    }

    @Test
    void aStraightBackgroundHasNoPeakToMeasure() {
        Series background = Series.of(
                "pattern",
                Trace.of(XrdXyImporter.TWO_THETA, 60.0, 60.02, 60.04, 60.06, 60.08, 60.1),
                Trace.of(XrdXyImporter.INTENSITY, 120, 119, 118, 117, 116, 115));

        Derivation derivation = PeakFwhm.compute(Synthetic.curves(background), background, "intensity", 60, 60.1);

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.NO_PEAK);
    }

    @Test
    void aTraceTheSeriesDoesNotHaveIsNamedInTheRefusal() {
        Derivation derivation = PeakFwhm.compute(SILICON, SILICON.first(), "reflectance", 27.9, 29.0);

        assertThat(((Derivation.Refused) derivation).message()).isEqualTo("The series has no trace named reflectance");
    }
}
