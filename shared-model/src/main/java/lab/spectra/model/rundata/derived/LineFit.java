package lab.spectra.model.rundata.derived;

/**
 * Ordinary least squares for y = slope·x + intercept. Sums are taken about the first point rather
 * than zero, so a sweep far from the origin (a 100 V bias with microvolt steps) does not lose its
 * digits to cancellation.
 */
final class LineFit {

    record Line(double slope, double intercept, double rSquared) {}

    private int count;
    private double x0;
    private double y0;
    private double sumX;
    private double sumY;
    private double sumXx;
    private double sumXy;
    private double sumYy;

    void add(double x, double y) {
        if (count == 0) {
            x0 = x;
            y0 = y;
        }
        double dx = x - x0;
        double dy = y - y0;
        count++;
        sumX += dx;
        sumY += dy;
        sumXx += dx * dx;
        sumXy += dx * dy;
        sumYy += dy * dy;
    }

    int count() {
        return count;
    }

    /** The fitted line; a slope of NaN when all x are equal. */
    Line line() {
        double sxx = sumXx - sumX * sumX / count;
        double sxy = sumXy - sumX * sumY / count;
        double syy = sumYy - sumY * sumY / count;
        if (!(sxx > 0)) {
            return new Line(Double.NaN, Double.NaN, Double.NaN);
        }
        double slope = sxy / sxx;
        double meanX = x0 + sumX / count;
        double meanY = y0 + sumY / count;
        double rSquared = syy > 0 ? Math.min(1.0, sxy * sxy / (sxx * syy)) : 1.0;
        return new Line(slope, meanY - slope * meanX, rSquared);
    }
}
