package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Synthetic;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * A transistor in saturation, I_D = k·(V_GS − V_th)² above threshold and an exponential tail
 * below it, gives back its V_th from the square-root extrapolation over the automatic window,
 * whatever k, V_th and the sweep.
 */
class ThresholdOfASquareLawTransistorIsItsVthTest {

    @Property(tries = 500)
    void theExtrapolatedThresholdIsTheOneTheCurrentWasComputedFrom(
            @ForAll @Scale(6) @DoubleRange(min = -0.5, max = 2.0) double thresholdVolts,
            @ForAll @Scale(6) @DoubleRange(min = -6, max = -2) double log10K,
            @ForAll @Scale(6) @DoubleRange(min = 0.5, max = 3) double overdriveAtTheEnd,
            @ForAll @IntRange(min = 30, max = 400) int points) {
        double k = Math.pow(10, log10K);
        double start = thresholdVolts - 1.0;
        double end = thresholdVolts + overdriveAtTheEnd;
        double[] gate = new double[points];
        double[] drain = new double[points];
        for (int i = 0; i < points; i++) {
            gate[i] = start + (end - start) * i / (points - 1);
            double overdrive = gate[i] - thresholdVolts;
            // Below threshold a 90 mV/decade tail that never exceeds the square law's own scale.
            drain[i] = overdrive > 0 ? k * overdrive * overdrive : k * 1e-4 * Math.pow(10, overdrive / 0.09);
        }
        Series sweep = Series.of(
                "transfer curve",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, gate),
                Trace.of(KeithleySweepCsvImporter.CURRENT, drain));

        Optional<AnalysisWindow> window = ThresholdVoltage.automaticWindow(sweep);
        DerivedResult threshold = ThresholdVoltage.compute(
                        Synthetic.curves(sweep),
                        sweep,
                        window.orElseThrow().from(),
                        window.orElseThrow().to())
                .orElseThrow()
                .result("threshold voltage");

        assertThat(window.get().low()).isGreaterThan(thresholdVolts);
        assertThat(threshold.value()).isCloseTo(thresholdVolts, within(1e-6));
        assertThat(threshold.unit()).isEqualTo("V");
        assertThat(threshold.algorithm()).hasToString("threshold-voltage-sqrt-extrapolation v1");
        assertThat(threshold.details().get("r_squared").asDouble()).isGreaterThan(0.999999);
    }
}
