package lab.spectra.model.rundata.derived;

/**
 * Finite-size correction for a collinear four-point probe centred on a rectangular sample with
 * insulating edges, the probe line parallel to the sample's length {@code a}, across its width
 * {@code d}: Smits (1958), "Measurement of sheet resistivities with the four-point probe", Bell
 * System Technical Journal 37, 711, Table 2, columns a/d = 1, 2, 3 and >= 4.
 *
 * <p>The table holds the factor C in Rs = C·V/I, which tends to pi/ln 2 = 4.5324 for a large
 * sample. The values here were recomputed to four decimals by the method of images (each edge
 * mirrors the current source; the lattice sum converges at a few hundred images per direction)
 * and agree with Smits' printed table to within 0.1%; {@code SmitsCorrectionTableTest} repeats that
 * computation for a few cells. Between rows the factor is interpolated linearly in d/s, between
 * columns linearly in a/d; above d/s = 40 linearly in s/d towards pi/ln 2. Cells where the outer
 * probes would lie off the sample (a < 3s) are absent.
 */
final class SmitsCorrectionTable {

    static final double[] WIDTH_OVER_SPACING = {
        1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0, 15.0, 20.0, 40.0
    };

    static final double[] LENGTH_OVER_WIDTH = {1, 2, 3, 4};

    private static final double NONE = Double.NaN;

    /** Rows follow {@link #WIDTH_OVER_SPACING}, columns {@link #LENGTH_OVER_WIDTH}. */
    static final double[][] C = {
        {NONE, NONE, 0.9988, 0.9994},
        {NONE, NONE, 1.2467, 1.2468},
        {NONE, 1.4787, 1.4893, 1.4893},
        {NONE, 1.7197, 1.7239, 1.7239},
        {NONE, 1.9454, 1.9475, 1.9475},
        {NONE, 2.3532, 2.3541, 2.3541},
        {2.4562, 2.7001, 2.7005, 2.7005},
        {3.1134, 3.2244, 3.2246, 3.2246},
        {3.5098, 3.5749, 3.5750, 3.5750},
        {4.0089, 4.0358, 4.0358, 4.0358},
        {4.2208, 4.2356, 4.2356, 4.2356},
        {4.3878, 4.3943, 4.3943, 4.3943},
        {4.4498, 4.4534, 4.4534, 4.4534},
        {4.5114, 4.5123, 4.5123, 4.5123}
    };

    private SmitsCorrectionTable() {}

    /** C for a rectangle, or NaN where the table has no value (probes off the sample, a < d, d/s < 1). */
    static double factor(double widthOverSpacing, double lengthOverWidth) {
        if (lengthOverWidth < 1 || widthOverSpacing < WIDTH_OVER_SPACING[0]) {
            return Double.NaN;
        }
        double column = Math.min(lengthOverWidth, 4.0) - 1;
        int left = (int) Math.floor(column);
        int right = Math.min(left + 1, 3);
        double t = column - left;
        double leftValue = alongWidth(widthOverSpacing, left);
        double rightValue = alongWidth(widthOverSpacing, right);
        return t == 0 ? leftValue : leftValue + t * (rightValue - leftValue);
    }

    private static double alongWidth(double widthOverSpacing, int column) {
        int last = WIDTH_OVER_SPACING.length - 1;
        if (widthOverSpacing >= WIDTH_OVER_SPACING[last]) {
            double t = (1 / widthOverSpacing) / (1 / WIDTH_OVER_SPACING[last]);
            return FourPointProbe.THIN_SHEET_FACTOR + t * (C[last][column] - FourPointProbe.THIN_SHEET_FACTOR);
        }
        int row = 0;
        while (WIDTH_OVER_SPACING[row + 1] < widthOverSpacing) {
            row++;
        }
        double t =
                (widthOverSpacing - WIDTH_OVER_SPACING[row]) / (WIDTH_OVER_SPACING[row + 1] - WIDTH_OVER_SPACING[row]);
        if (t == 0) {
            return C[row][column];
        }
        if (t == 1) {
            return C[row + 1][column];
        }
        return C[row][column] + t * (C[row + 1][column] - C[row][column]);
    }
}
