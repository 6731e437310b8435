package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.Axis;
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
 * A window chosen on a curve with two different parts gives the answer of the part inside it: the
 * resistance of one branch of a kinked IV sweep, the position and width of one of two peaks.
 */
class AlgorithmsSeeOnlyThePartOfTheCurveInTheirWindowTest {

    private static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));

    @Property(tries = 300)
    void anIvSlopeFittedInsideOneBranchIsThatBranchsResistance(
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 6) double log10OhmsBelow,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 6) double log10OhmsAbove,
            @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 0.95) double windowStart,
            @ForAll @Scale(6) @DoubleRange(min = 0.2, max = 1.0) double windowLength,
            @ForAll boolean above) {
        double ohmsBelow = Math.pow(10, log10OhmsBelow);
        double ohmsAbove = Math.pow(10, log10OhmsAbove);
        int points = 201;
        double[] volts = new double[points];
        double[] amps = new double[points];
        for (int i = 0; i < points; i++) {
            volts[i] = -2 + i * 0.02;
            amps[i] = volts[i] < 0 ? volts[i] / ohmsBelow : volts[i] / ohmsAbove;
        }
        Series sweep = Series.of(
                "sweep",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, volts),
                Trace.of(KeithleySweepCsvImporter.CURRENT, amps));
        double from = above ? windowStart : -windowStart - windowLength;
        double to = above ? windowStart + windowLength : -windowStart;

        DerivedResult resistance = StandardDerivations.derive(
                        IvSlopeResistance.ID,
                        Synthetic.curves(sweep),
                        java.util.Optional.of(new AnalysisWindow(from, to)))
                .orElseThrow()
                .result("resistance");

        double expected = above ? ohmsAbove : ohmsBelow;
        assertThat(resistance.value()).isCloseTo(expected, within(expected * 1e-9));
        assertThat(resistance.inputs().get("window_from_v").asDouble()).isEqualTo(Math.min(from, to));
        assertThat(resistance.inputs().get("window_to_v").asDouble()).isEqualTo(Math.max(from, to));
        assertThat(resistance.inputs().get(StandardDerivations.WINDOW_INPUT).asText())
                .isEqualTo(StandardDerivations.CHOSEN);
    }

    @Property(tries = 300)
    void aPeakWindowAroundTheSmallerOfTwoPeaksMeasuresThatPeak(
            @ForAll @Scale(6) @DoubleRange(min = 20, max = 80) double smallCentre,
            @ForAll @Scale(6) @DoubleRange(min = 0.02, max = 0.3) double sigma,
            @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 0.9) double smallShare,
            @ForAll @IntRange(min = 10, max = 30) int separationInSigmas,
            @ForAll boolean largeOnTheLeft) {
        double largeCentre = smallCentre + (largeOnTheLeft ? -1 : 1) * separationInSigmas * 2 * sigma;
        double step = sigma / 8;
        double low = Math.min(smallCentre, largeCentre) - 10 * sigma;
        int points = (int) Math.ceil((Math.abs(largeCentre - smallCentre) + 20 * sigma) / step) + 1;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = low + i * step;
            double small = (x[i] - smallCentre) / sigma;
            double large = (x[i] - largeCentre) / sigma;
            y[i] = 50 + 1000 * smallShare * Math.exp(-small * small / 2) + 1000 * Math.exp(-large * large / 2);
        }
        Series pattern = Series.of(
                "pattern", Trace.of(new Axis("2theta", "deg"), x), Trace.of(new Axis("intensity", "counts"), y));
        AnalysisWindow aroundTheSmallPeak = new AnalysisWindow(smallCentre - 6 * sigma, smallCentre + 6 * sigma);

        Derivation.Computed windowed = StandardDerivations.derive(
                        PeakFwhm.ID, Synthetic.curves(pattern), java.util.Optional.of(aroundTheSmallPeak))
                .orElseThrow();
        Derivation.Computed whole = StandardDerivations.derive(
                        PeakFwhm.ID, Synthetic.curves(pattern), java.util.Optional.empty())
                .orElseThrow();

        assertThat(windowed.result("peak position").value()).isCloseTo(smallCentre, within(sigma * 1e-2));
        assertThat(windowed.result("FWHM").value())
                .isCloseTo(FWHM_PER_SIGMA * sigma, within(FWHM_PER_SIGMA * sigma * 5e-3));
        assertThat(windowed.result("peak position").inputs().get("window_from").asDouble())
                .isEqualTo(aroundTheSmallPeak.low());
        assertThat(whole.result("peak position").value()).isCloseTo(largeCentre, within(sigma * 1e-2));
        assertThat(whole.result("peak position")
                        .inputs()
                        .get(StandardDerivations.WINDOW_INPUT)
                        .asText())
                .isEqualTo(StandardDerivations.DEFAULT);
    }
}
