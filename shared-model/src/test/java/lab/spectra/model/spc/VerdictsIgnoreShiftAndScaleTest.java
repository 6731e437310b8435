package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;

/**
 * The rules see a chart, not units: moving the series and its limits together, or stretching them
 * together by a positive factor (nanometres to micrometres, kelvin to degrees Celsius), leaves every
 * verdict as it was.
 */
class VerdictsIgnoreShiftAndScaleTest {

    /**
     * On a binary grid (values in eighths, scale a power of two, whole-number shifts) every number
     * involved is exact, so this holds even for points lying exactly on a zone boundary.
     */
    @Property
    void verdictsAreUnchangedWhenSeriesAndLimitsAreShiftedAndScaledExactly(
            @ForAll("series") List<Double> sigmas,
            @ForAll("gridCentres") double centre,
            @ForAll("gridWidths") double sigma,
            @ForAll("powersOfTwo") double scale,
            @ForAll("wholeShifts") double shift) {
        assertSameVerdicts(sigmas, centre, sigma, scale, shift);
    }

    /**
     * Any positive scale and any shift, with points kept an eighth of a sigma off every zone
     * boundary so that rounding in the last digit cannot move a point across one.
     */
    @Property
    void verdictsAreUnchangedWhenSeriesAndLimitsAreShiftedAndScaledByAnyAmount(
            @ForAll("series") List<Double> sigmas,
            @ForAll @Scale(6) @DoubleRange(min = -1000, max = 1000) double centre,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 100) double sigma,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 1000) double scale,
            @ForAll @Scale(6) @DoubleRange(min = -1e6, max = 1e6) double shift) {
        List<Double> offTheBoundaries = sigmas.stream().map(z -> z + 0.125).toList();
        assertSameVerdicts(offTheBoundaries, centre, sigma, scale, shift);
    }

    private static void assertSameVerdicts(
            List<Double> sigmas, double centre, double sigma, double scale, double shift) {
        List<Double> points = sigmas.stream().map(z -> centre + z * sigma).toList();
        ChartZones zones = new ChartZones(centre, sigma);
        List<Double> moved = points.stream().map(x -> shift + scale * x).toList();
        ChartZones movedZones = new ChartZones(shift + scale * centre, scale * sigma);

        List<Violation> verdicts = NelsonRules.evaluate(points, zones);
        Statistics.label("some rule fires").collect(!verdicts.isEmpty());

        assertThat(NelsonRules.evaluate(moved, movedZones)).isEqualTo(verdicts);
        Statistics.label("some rule fires").coverage(c -> c.check(true).percentage(p -> p >= 50));
    }

    @Provide
    Arbitrary<List<Double>> series() {
        return SeriesInSigmas.patterned();
    }

    @Provide
    Arbitrary<Double> gridCentres() {
        return Arbitraries.integers().between(-8000, 8000).map(k -> k / 8.0);
    }

    @Provide
    Arbitrary<Double> gridWidths() {
        return Arbitraries.integers().between(1, 80).map(k -> k / 8.0);
    }

    @Provide
    Arbitrary<Double> powersOfTwo() {
        return Arbitraries.integers().between(-4, 4).map(e -> Math.scalb(1.0, e));
    }

    @Provide
    Arbitrary<Double> wholeShifts() {
        return Arbitraries.integers().between(-1_000_000, 1_000_000).map(Integer::doubleValue);
    }
}
