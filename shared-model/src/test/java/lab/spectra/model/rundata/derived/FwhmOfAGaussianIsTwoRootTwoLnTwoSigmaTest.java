package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Synthetic;
import lab.spectra.model.rundata.Trace;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * A Gaussian of width sigma on any straight background, sampled at least five times per sigma and
 * at any phase of the grid, gives FWHM = 2·sqrt(2 ln 2)·sigma and its centre as the position.
 */
class FwhmOfAGaussianIsTwoRootTwoLnTwoSigmaTest {

    private static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));

    @Property(tries = 500)
    void theFwhmAndPositionOfASampledGaussianAreItsOwn(
            @ForAll @Scale(9) @DoubleRange(min = -1000, max = 1000) double centre,
            @ForAll @Scale(9) @DoubleRange(min = 1e-3, max = 50) double sigma,
            @ForAll @Scale(9) @DoubleRange(min = 1e-3, max = 1e6) double amplitude,
            @ForAll @Scale(9) @DoubleRange(min = -1e3, max = 1e3) double backgroundOffset,
            @ForAll @Scale(9) @DoubleRange(min = -2.5, max = 2.5) double backgroundSlopePerSigma,
            @ForAll @IntRange(min = 5, max = 40) int pointsPerSigma,
            @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double gridPhase) {
        double step = sigma / pointsPerSigma;
        int points = 16 * pointsPerSigma + 1;
        double start = centre - 8 * sigma + gridPhase * step;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = start + i * step;
            double z = (x[i] - centre) / sigma;
            y[i] = amplitude * Math.exp(-z * z / 2) + backgroundOffset + backgroundSlopePerSigma * amplitude * z / 100;
        }
        Series spectrum = Series.of(
                "spectrum", Trace.of(new Axis("wavelength", "nm"), x), Trace.of(new Axis("intensity", "a.u."), y));

        Derivation.Computed peak = PeakFwhm.compute(
                        Synthetic.curves(spectrum), spectrum, "intensity", x[0], x[points - 1])
                .orElseThrow();

        assertThat(peak.result("FWHM").value())
                .isCloseTo(FWHM_PER_SIGMA * sigma, within(FWHM_PER_SIGMA * sigma * 2e-3));
        assertThat(peak.result("peak position").value()).isCloseTo(centre, within(sigma * 1e-2));
        assertThat(peak.result("peak height").value()).isCloseTo(amplitude, within(amplitude * 2e-3));
    }
}
