package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Synthetic;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** For V = R·I (plus any constant leakage current) the fitted resistance is R, whatever R and the sweep. */
class ResistanceOfANoiseFreeResistorIsItsRTest {

    @Property(tries = 500)
    void theFitReturnsTheResistanceTheCurrentWasComputedFrom(
            @ForAll @Scale(9) @DoubleRange(min = -3, max = 9) double log10Ohms,
            @ForAll @Scale(9) @DoubleRange(min = -1e-9, max = 1e-9) double leakageAmps,
            @ForAll @Scale(9) @DoubleRange(min = -100, max = 100) double startVolts,
            @ForAll @Scale(9) @DoubleRange(min = 1e-3, max = 10) double stepVolts,
            @ForAll @IntRange(min = 3, max = 400) int points) {
        double ohms = Math.pow(10, log10Ohms);
        double[] volts = new double[points];
        double[] amps = new double[points];
        for (int i = 0; i < points; i++) {
            volts[i] = startVolts + i * stepVolts;
            amps[i] = volts[i] / ohms + leakageAmps;
        }
        Series sweep = Series.of(
                "sweep",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, volts),
                Trace.of(KeithleySweepCsvImporter.CURRENT, amps));

        DerivedResult resistance = IvSlopeResistance.compute(
                        Synthetic.curves(sweep),
                        sweep,
                        volts[0],
                        Arrays.stream(volts).max().orElseThrow())
                .orElseThrow()
                .result("resistance");

        assertThat(resistance.value()).isCloseTo(ohms, within(ohms * 1e-9));
        assertThat(resistance.details().get("points_used").asInt()).isEqualTo(points);
    }
}
