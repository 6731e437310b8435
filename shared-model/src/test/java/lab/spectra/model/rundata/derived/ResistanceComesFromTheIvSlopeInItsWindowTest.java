package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Synthetic;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import lab.spectra.model.rundata.importers.OceanSpectrumImporter;
import org.junit.jupiter.api.Test;

class ResistanceComesFromTheIvSlopeInItsWindowTest {

    private static final ImportedData.Curves RESISTOR =
            Samples.curves(new KeithleySweepCsvImporter().parse(Samples.bytes("keithley-2400-resistor-sweep.csv")));

    @Test
    void theHundredOhmResistorsSweepGivesAHundredOhmsAndSaysHowItGotThere() {
        DerivedResult resistance = IvSlopeResistance.compute(RESISTOR, RESISTOR.first(), -0.5, 0.5)
                .orElseThrow()
                .result("resistance");

        assertThat(resistance.value()).isCloseTo(100.0, within(0.05));
        assertThat(resistance.unit()).isEqualTo("\u03a9");
        assertThat(resistance.algorithm()).hasToString("iv-slope-resistance v1");
        assertThat(resistance.inputs().get("window_from_v").asDouble()).isEqualTo(-0.5);
        assertThat(resistance.inputs().get("window_to_v").asDouble()).isEqualTo(0.5);
        assertThat(resistance.details().get("points_used").asInt()).isEqualTo(11);
        assertThat(resistance.details().get("r_squared").asDouble()).isGreaterThan(0.99999);
        assertThat(resistance.provenance())
                .isEqualTo(new Provenance.FromFile(RESISTOR.sourceSha256(), RESISTOR.parser(), "sweep", "current"));
    }

    @Test
    void thePayloadARunsResultKeepsNamesTheAlgorithmItsVersionAndTheRawFile() {
        ObjectNode payload = IvSlopeResistance.compute(RESISTOR, RESISTOR.first(), -0.5, 0.5)
                .orElseThrow()
                .result("resistance")
                .toPayload();

        assertThat(payload.get("algorithm").asText()).isEqualTo("iv-slope-resistance");
        assertThat(payload.get("algorithm_version").asInt()).isEqualTo(1);
        assertThat(payload.at("/provenance/source_sha256").asText()).isEqualTo(RESISTOR.sourceSha256());
        assertThat(payload.at("/provenance/parser").asText()).isEqualTo("keithley-24xx-csv v1");
        assertThat(payload.at("/inputs/window_to_v").asDouble()).isEqualTo(0.5);
    }

    @Test
    void pointsInComplianceAreLeftOutOfTheFit() {
        double[] volts = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        double[] amps = {0.0, 1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 5e-3, 5e-3, 5e-3};
        boolean[] limited = {false, false, false, false, false, false, true, true, true};
        Series clamped = new Series(
                "sweep",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, volts),
                List.of(Trace.of(KeithleySweepCsvImporter.CURRENT, amps)),
                List.of(PointFlags.of(PointFlags.COMPLIANCE, limited)),
                Map.of());

        DerivedResult resistance = IvSlopeResistance.compute(Synthetic.curves(clamped), clamped, 0, 1)
                .orElseThrow()
                .result("resistance");

        assertThat(resistance.value()).isCloseTo(100.0, within(1e-9));
        assertThat(resistance.details().get("points_in_compliance_excluded").asInt())
                .isEqualTo(3);
    }

    @Test
    void aWindowHoldingFewerThanThreePointsIsRefused() {
        Derivation derivation = IvSlopeResistance.compute(RESISTOR, RESISTOR.first(), 0.05, 0.15);

        assertThat(derivation).isInstanceOf(Derivation.Refused.class);
        assertThat(((Derivation.Refused) derivation).code()).isEqualTo("too_few_points");
    }

    @Test
    void aSpectrumIsNotMistakenForAnIvSweep() {
        ImportedData.Curves spectrum =
                Samples.curves(new OceanSpectrumImporter().parse(Samples.bytes("ocean-green-led-spectrum.txt")));

        Derivation derivation = IvSlopeResistance.compute(spectrum, spectrum.first(), 400, 600);

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.WRONG_UNIT);
    }

    @Test
    void aCurrentThatDoesNotChangeWithVoltageIsAnOpenCircuitNotAnInfiniteResistance() {
        Series open = Series.of(
                "sweep",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, -1, 0, 1),
                Trace.of(KeithleySweepCsvImporter.CURRENT, 1e-12, 1e-12, 1e-12));

        Derivation derivation = IvSlopeResistance.compute(Synthetic.curves(open), open, -1, 1);

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.NO_SLOPE);
    }
}
