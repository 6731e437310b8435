package lab.spectra.model.spc;

/**
 * The centre line and the width of one zone (one sigma of the plotted statistic): all the Nelson
 * rules need. The control limits are centre +/- 3 sigma; the zones A, B, C of the textbooks lie
 * between 2 and 3, 1 and 2, and 0 and 1 sigma from the centre line.
 *
 * <p>"Beyond k sigma" is strict: a point exactly k sigma from the centre line is not beyond it.
 * "Within 1 sigma" is its complement: at most 1 sigma from the centre line.
 */
public record ChartZones(double centre, double sigma) {

    public ChartZones {
        if (!Double.isFinite(centre)) {
            throw new IllegalArgumentException("The centre line must be a finite number");
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("Sigma must be a finite number above zero");
        }
    }

    public double upperControlLimit() {
        return centre + 3 * sigma;
    }

    public double lowerControlLimit() {
        return centre - 3 * sigma;
    }

    /** True when the value lies more than k sigma from the centre line, on either side. */
    boolean isBeyond(double value, int sigmas) {
        return Math.abs(value - centre) > sigmas * sigma;
    }

    /** True when the value lies more than k sigma from the centre line on the given side. */
    boolean isBeyondOn(Side side, double value, int sigmas) {
        return side == sideOf(value) && isBeyond(value, sigmas);
    }

    /** Which side of the centre line the value lies on; a value on the line is on neither. */
    Side sideOf(double value) {
        if (value > centre) {
            return Side.ABOVE;
        }
        return value < centre ? Side.BELOW : Side.ON_THE_LINE;
    }

    enum Side {
        ABOVE,
        BELOW,
        ON_THE_LINE
    }
}
