package lab.spectra.model.spc;

import java.util.List;
import java.util.Optional;

/**
 * The textbook control-chart constants for one subgroup size n, as tabulated in every SPC text
 * (e.g. Montgomery, <i>Introduction to Statistical Quality Control</i>, appendix "Factors for
 * constructing variables control charts"; ASTM E2587). They come from the distribution of the
 * range and of the standard deviation of n normal observations; the table is used as printed, so
 * that a quality engineer can check a chart's limits by hand against the same book.
 *
 * @param subgroupSize n, the number of measurements in a subgroup (2 for the moving range of an
 *     individuals chart)
 * @param d2 mean of the relative range R/sigma: sigma is estimated as R-bar / d2
 * @param d3 standard deviation of the relative range (D3 and D4 derive from it)
 * @param c4 mean of s/sigma: sigma is estimated as s-bar / c4
 * @param xBarA2 A2: X-bar chart limits are X-double-bar +/- A2 * R-bar (A2 = 3 / (d2 * sqrt n))
 * @param xBarA3 A3: X-bar chart limits are X-double-bar +/- A3 * s-bar (A3 = 3 / (c4 * sqrt n))
 * @param sChartB3 B3: lower limit of the S chart is B3 * s-bar
 * @param sChartB4 B4: upper limit of the S chart is B4 * s-bar
 * @param rangeChartD3 D3: lower limit of the R (or moving range) chart is D3 * R-bar
 * @param rangeChartD4 D4: upper limit of the R (or moving range) chart is D4 * R-bar
 */
public record ControlChartConstants(
        int subgroupSize,
        double d2,
        double d3,
        double c4,
        double xBarA2,
        double xBarA3,
        double sChartB3,
        double sChartB4,
        double rangeChartD3,
        double rangeChartD4) {

    public static final int SMALLEST_SUBGROUP = 2;
    public static final int LARGEST_SUBGROUP = 10;

    /** Subgroup sizes 2 to 10; beyond 10 the S chart is preferred and the table is not needed here. */
    private static final List<ControlChartConstants> TABLE = List.of(
            //  n     d2     d3     c4      A2     A3     B3     B4     D3     D4
            row(2, 1.128, 0.853, 0.7979, 1.880, 2.659, 0.000, 3.267, 0.000, 3.267),
            row(3, 1.693, 0.888, 0.8862, 1.023, 1.954, 0.000, 2.568, 0.000, 2.574),
            row(4, 2.059, 0.880, 0.9213, 0.729, 1.628, 0.000, 2.266, 0.000, 2.282),
            row(5, 2.326, 0.864, 0.9400, 0.577, 1.427, 0.000, 2.089, 0.000, 2.114),
            row(6, 2.534, 0.848, 0.9515, 0.483, 1.287, 0.030, 1.970, 0.000, 2.004),
            row(7, 2.704, 0.833, 0.9594, 0.419, 1.182, 0.118, 1.882, 0.076, 1.924),
            row(8, 2.847, 0.820, 0.9650, 0.373, 1.099, 0.185, 1.815, 0.136, 1.864),
            row(9, 2.970, 0.808, 0.9693, 0.337, 1.032, 0.239, 1.761, 0.184, 1.816),
            row(10, 3.078, 0.797, 0.9727, 0.308, 0.975, 0.284, 1.716, 0.223, 1.777));

    /** The constants for subgroups of n measurements, or empty outside 2..10. */
    public static Optional<ControlChartConstants> forSubgroupSize(int n) {
        if (n < SMALLEST_SUBGROUP || n > LARGEST_SUBGROUP) {
            return Optional.empty();
        }
        return Optional.of(TABLE.get(n - SMALLEST_SUBGROUP));
    }

    /** The whole table, smallest subgroup first. */
    public static List<ControlChartConstants> table() {
        return TABLE;
    }

    /** The moving range of two consecutive individual values is a subgroup of two. */
    static ControlChartConstants movingRangeOfTwo() {
        return TABLE.get(0);
    }

    private static ControlChartConstants row(
            int n,
            double d2,
            double d3,
            double c4,
            double xBarA2,
            double xBarA3,
            double sChartB3,
            double sChartB4,
            double rangeChartD3,
            double rangeChartD4) {
        return new ControlChartConstants(n, d2, d3, c4, xBarA2, xBarA3, sChartB3, sChartB4, rangeChartD3, rangeChartD4);
    }
}
