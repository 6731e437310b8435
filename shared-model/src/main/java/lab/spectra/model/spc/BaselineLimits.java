package lab.spectra.model.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lab.spectra.model.spc.BaselineVerdict.Frozen;
import lab.spectra.model.spc.BaselineVerdict.Refused;

/**
 * Centre line and control limits from a baseline: the first n points of an individuals chart, or
 * the first n subgroups of an X-bar-R or X-bar-S chart, n at least 20 (the usual textbook minimum
 * for limits that are not mostly noise). The formulas are the Shewhart ones:
 *
 * <ul>
 *   <li>I-MR: centre = mean; MR-bar = mean of |x(i) - x(i-1)|; sigma = MR-bar / d2(2); limits =
 *       centre +/- 3 sigma; moving range chart 0 .. D4(2) * MR-bar.
 *   <li>X-bar-R: centre = mean of the subgroup means; limits = centre +/- A2 * R-bar; sigma = R-bar
 *       / d2; range chart D3 * R-bar .. D4 * R-bar.
 *   <li>X-bar-S: centre as above; limits = centre +/- A3 * s-bar; sigma = s-bar / c4; S chart B3 *
 *       s-bar .. B4 * s-bar (s with the n - 1 denominator).
 * </ul>
 *
 * <p>A baseline the limits cannot honestly come from is refused with the reason, never with an
 * exception: one with no spread (sigma would be 0 and every later point an alarm), too few points,
 * values that are not numbers, or subgroups the constants table does not cover.
 *
 * <p>Design: these are pure, deterministic functions of their arguments (no clock, no state, no
 * I/O; Java 17 floating point is strict everywhere), so the bench and the server compute the same
 * limits, to the bit, from the same points.
 */
public final class BaselineLimits {

    /** The fewest points (individuals) or subgroups (X-bar charts) a baseline may have. */
    public static final int MINIMUM_BASELINE = 20;

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private BaselineLimits() {}

    /** I-MR limits from the first {@code baselineSize} values of the series, in run order. */
    public static BaselineVerdict individualsMovingRange(List<Double> series, int baselineSize) {
        Optional<Refused> sizeProblem = checkBaselineSize(baselineSize, series.size(), "points");
        if (sizeProblem.isPresent()) {
            return sizeProblem.get();
        }
        double[] x = new double[baselineSize];
        for (int i = 0; i < baselineSize; i++) {
            Double value = series.get(i);
            if (value == null || !Double.isFinite(value)) {
                return new Refused(
                        BaselineProblem.NOT_A_NUMBER, "Point " + (i + 1) + " of the baseline is not a number");
            }
            x[i] = value;
        }
        if (range(x) == 0) {
            return new Refused(
                    BaselineProblem.ZERO_SPREAD,
                    "The first " + baselineSize + " points are all " + number(x[0])
                            + ": a baseline with no spread cannot be frozen");
        }
        double centre = mean(x);
        double movingRangeSum = 0;
        for (int i = 1; i < x.length; i++) {
            movingRangeSum += Math.abs(x[i] - x[i - 1]);
        }
        double meanMovingRange = movingRangeSum / (x.length - 1);
        ControlChartConstants pairs = ControlChartConstants.movingRangeOfTwo();
        double sigma = meanMovingRange / pairs.d2();
        double lower = centre - 3 * sigma;
        double upper = centre + 3 * sigma;
        Optional<Refused> unusable = checkUsable(centre, lower, upper, meanMovingRange * pairs.rangeChartD4());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        DispersionChart movingRange = new DispersionChart(
                DispersionChart.Statistic.MOVING_RANGE,
                meanMovingRange,
                pairs.rangeChartD3() * meanMovingRange,
                pairs.rangeChartD4() * meanMovingRange);
        String derivation = "I-MR from the first " + baselineSize + " points: centre = mean = " + number(centre)
                + "; MR-bar = " + number(meanMovingRange) + " (mean of " + (baselineSize - 1)
                + " moving ranges); sigma = MR-bar / d2 = " + number(meanMovingRange) + " / " + pairs.d2() + " = "
                + number(sigma) + "; limits = centre +/- 3 sigma = " + number(lower) + " .. " + number(upper)
                + "; moving range chart: 0 .. D4 * MR-bar = " + pairs.rangeChartD4() + " * " + number(meanMovingRange)
                + " = " + number(movingRange.upperControlLimit());
        return new Frozen(new FrozenLimits(
                ChartType.INDIVIDUALS_MOVING_RANGE,
                centre,
                lower,
                upper,
                sigma,
                sigma,
                SigmaEstimate.MEAN_MOVING_RANGE_OVER_D2,
                baselineSize,
                1,
                movingRange,
                derivation));
    }

    /** X-bar-R limits from the first {@code baselineSubgroups} subgroups, in run order. */
    public static BaselineVerdict xBarR(List<List<Double>> subgroups, int baselineSubgroups) {
        return subgroupLimits(subgroups, baselineSubgroups, baseline -> {
            ControlChartConstants constants = baseline.constants();
            return new Spread(
                    ChartType.XBAR_R,
                    "X-bar-R",
                    DispersionChart.Statistic.RANGE,
                    SigmaEstimate.MEAN_RANGE_OVER_D2,
                    "R-bar",
                    "range chart",
                    mean(baseline.ranges()),
                    new Constant("A2", constants.xBarA2()),
                    new Constant("d2", constants.d2()),
                    new Constant("D3", constants.rangeChartD3()),
                    new Constant("D4", constants.rangeChartD4()));
        });
    }

    /** X-bar-S limits from the first {@code baselineSubgroups} subgroups, in run order. */
    public static BaselineVerdict xBarS(List<List<Double>> subgroups, int baselineSubgroups) {
        return subgroupLimits(subgroups, baselineSubgroups, baseline -> {
            ControlChartConstants constants = baseline.constants();
            return new Spread(
                    ChartType.XBAR_S,
                    "X-bar-S",
                    DispersionChart.Statistic.STANDARD_DEVIATION,
                    SigmaEstimate.MEAN_STANDARD_DEVIATION_OVER_C4,
                    "s-bar",
                    "S chart",
                    mean(baseline.standardDeviations()),
                    new Constant("A3", constants.xBarA3()),
                    new Constant("c4", constants.c4()),
                    new Constant("B3", constants.sChartB3()),
                    new Constant("B4", constants.sChartB4()));
        });
    }

    /** A control-chart constant with the name the derivation text gives it. */
    private record Constant(String name, double value) {}

    /**
     * What tells X-bar-R from X-bar-S: the subgroup spread (mean range or mean standard
     * deviation, {@code mean}) and its constants: the mean chart's limit factor (A2, A3), the
     * divisor to the process sigma (d2, c4) and the spread chart's limit factors (D3/D4, B3/B4).
     */
    private record Spread(
            ChartType chart,
            String chartName,
            DispersionChart.Statistic statistic,
            SigmaEstimate estimate,
            String meanName,
            String spreadChartName,
            double mean,
            Constant limitFactor,
            Constant sigmaDivisor,
            Constant lowerFactor,
            Constant upperFactor) {}

    private static BaselineVerdict subgroupLimits(
            List<List<Double>> subgroups, int baselineSubgroups, Function<Subgroups, Spread> spreadOf) {
        Optional<Refused> problem = checkSubgroups(subgroups, baselineSubgroups);
        if (problem.isPresent()) {
            return problem.get();
        }
        Subgroups baseline = Subgroups.of(subgroups.subList(0, baselineSubgroups));
        Spread spread = spreadOf.apply(baseline);
        double centre = mean(baseline.means());
        double halfWidth = spread.limitFactor().value() * spread.mean();
        double processSigma = spread.mean() / spread.sigmaDivisor().value();
        double lower = centre - halfWidth;
        double upper = centre + halfWidth;
        Optional<Refused> unusable =
                checkUsable(centre, lower, upper, spread.upperFactor().value() * spread.mean());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        DispersionChart dispersion = new DispersionChart(
                spread.statistic(),
                spread.mean(),
                spread.lowerFactor().value() * spread.mean(),
                spread.upperFactor().value() * spread.mean());
        String bar = spread.meanName();
        String derivation = spread.chartName() + " from the first " + baselineSubgroups + " subgroups of "
                + baseline.size() + ": centre = mean of the subgroup means = " + number(centre) + "; " + bar + " = "
                + number(spread.mean()) + "; limits = centre +/- "
                + spread.limitFactor().name() + " * " + bar
                + " = " + number(centre) + " +/- " + spread.limitFactor().value() + " * " + number(spread.mean())
                + " = " + number(lower) + " .. " + number(upper) + "; sigma = " + bar + " / "
                + spread.sigmaDivisor().name() + " = " + number(spread.mean()) + " / "
                + spread.sigmaDivisor().value() + " = " + number(processSigma) + "; " + spread.spreadChartName()
                + ": " + spread.lowerFactor().name() + " * " + bar + " .. "
                + spread.upperFactor().name() + " * "
                + bar + " = " + number(dispersion.lowerControlLimit()) + " .. "
                + number(dispersion.upperControlLimit());
        return new Frozen(new FrozenLimits(
                spread.chart(),
                centre,
                lower,
                upper,
                halfWidth / 3,
                processSigma,
                spread.estimate(),
                baselineSubgroups,
                baseline.size(),
                dispersion,
                derivation));
    }

    private static Optional<Refused> checkBaselineSize(int asked, int available, String unit) {
        if (asked < MINIMUM_BASELINE) {
            return Optional.of(new Refused(
                    BaselineProblem.BASELINE_TOO_SMALL,
                    "A baseline needs at least " + MINIMUM_BASELINE + " " + unit + "; " + asked + " were asked for"));
        }
        if (available < asked) {
            return Optional.of(new Refused(
                    BaselineProblem.NOT_ENOUGH_POINTS,
                    "The series has " + available + " " + unit + "; the baseline needs the first " + asked));
        }
        return Optional.empty();
    }

    private static Optional<Refused> checkSubgroups(List<List<Double>> subgroups, int baselineSubgroups) {
        Optional<Refused> sizeProblem = checkBaselineSize(baselineSubgroups, subgroups.size(), "subgroups");
        if (sizeProblem.isPresent()) {
            return sizeProblem;
        }
        int size = subgroups.get(0).size();
        if (size < ControlChartConstants.SMALLEST_SUBGROUP || size > ControlChartConstants.LARGEST_SUBGROUP) {
            return Optional.of(new Refused(
                    BaselineProblem.UNSUPPORTED_SUBGROUP_SIZE,
                    "Subgroups need " + ControlChartConstants.SMALLEST_SUBGROUP + " to "
                            + ControlChartConstants.LARGEST_SUBGROUP + " measurements; subgroup 1 has " + size));
        }
        boolean anySpread = false;
        for (int g = 0; g < baselineSubgroups; g++) {
            List<Double> subgroup = subgroups.get(g);
            if (subgroup.size() != size) {
                return Optional.of(new Refused(
                        BaselineProblem.UNEQUAL_SUBGROUPS,
                        "All subgroups of a baseline need the same size: subgroup 1 has " + size
                                + " measurements, subgroup " + (g + 1) + " has " + subgroup.size()));
            }
            for (int i = 0; i < size; i++) {
                Double value = subgroup.get(i);
                if (value == null || !Double.isFinite(value)) {
                    return Optional.of(new Refused(
                            BaselineProblem.NOT_A_NUMBER,
                            "Measurement " + (i + 1) + " of subgroup " + (g + 1) + " is not a number"));
                }
                anySpread |= value.doubleValue() != subgroup.get(0).doubleValue();
            }
        }
        if (!anySpread) {
            return Optional.of(
                    new Refused(
                            BaselineProblem.ZERO_SPREAD,
                            "Every subgroup of the first " + baselineSubgroups
                                    + " holds one value repeated: a baseline with no spread within subgroups cannot be frozen"));
        }
        return Optional.empty();
    }

    /**
     * Guards against limits that cannot be drawn apart from the centre line (a spread far below
     * the precision of the level) or that overflowed.
     */
    private static Optional<Refused> checkUsable(double centre, double lower, double upper, double spreadLimit) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !Double.isFinite(spreadLimit)) {
            return Optional.of(new Refused(
                    BaselineProblem.NOT_A_NUMBER, "The baseline's values are too large to compute limits from"));
        }
        if (!(lower < centre && centre < upper)) {
            return Optional.of(new Refused(
                    BaselineProblem.ZERO_SPREAD,
                    "The baseline's spread is too small against its level to set limits apart from the centre line"));
        }
        return Optional.empty();
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double range(double[] values) {
        double min = values[0];
        double max = values[0];
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }

    /** Six significant digits, plain notation, no trailing zeros: the same text on every machine. */
    private static String number(double value) {
        return new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The baseline's subgroups reduced to their means, ranges and standard deviations. */
    private static final class Subgroups {
        private final int size;
        private final double[] means;
        private final double[] ranges;
        private final double[] standardDeviations;

        private Subgroups(List<List<Double>> subgroups) {
            size = subgroups.get(0).size();
            means = new double[subgroups.size()];
            ranges = new double[subgroups.size()];
            standardDeviations = new double[subgroups.size()];
            for (int g = 0; g < subgroups.size(); g++) {
                double[] x = subgroups.get(g).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray();
                means[g] = mean(x);
                ranges[g] = range(x);
                // A subgroup of one repeated value has no spread, whatever rounding the mean took.
                standardDeviations[g] = ranges[g] == 0 ? 0 : sampleStandardDeviation(x, means[g]);
            }
        }

        static Subgroups of(List<List<Double>> subgroups) {
            return new Subgroups(subgroups);
        }

        int size() {
            return size;
        }

        double[] means() {
            return means;
        }

        double[] ranges() {
            return ranges;
        }

        double[] standardDeviations() {
            return standardDeviations;
        }

        ControlChartConstants constants() {
            return ControlChartConstants.forSubgroupSize(size).orElseThrow();
        }

        private static double sampleStandardDeviation(double[] x, double mean) {
            double squares = 0;
            for (double value : x) {
                squares += (value - mean) * (value - mean);
            }
            return Math.sqrt(squares / (x.length - 1));
        }
    }
}
