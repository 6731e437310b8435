package lab.spectra.model.rundata;

import java.math.BigDecimal;

/**
 * The scale bar drawn over an SEM image: a round length (1, 2 or 5 times a power of ten) close to
 * a fifth of the width shown, so it is long enough to read and short enough to leave the picture
 * visible, as microscope software draws it. Computed from the length one shown pixel covers, which
 * is the image's pixel size divided by the display's zoom.
 *
 * @param lengthMetres the bar's length in the sample
 * @param lengthPixels the bar's length on the screen
 * @param label the length in words, e.g. {@code 500 nm} or {@code 2 µm}
 */
public record ScaleBar(double lengthMetres, double lengthPixels, String label) {

    /** A fifth of the shown width is what the bar aims at. */
    public static final double SHARE_OF_WIDTH = 0.2;

    private static final int[] MANTISSAS = {1, 2, 5};

    private static final String[] UNITS = {"pm", "nm", "\u00b5m", "mm", "m"};

    public ScaleBar {
        if (!(lengthMetres > 0 && Double.isFinite(lengthMetres) && lengthPixels > 0 && Double.isFinite(lengthPixels))) {
            throw new IllegalArgumentException("A scale bar has a positive finite length");
        }
    }

    /**
     * The bar for an image shown {@code shownWidthPixels} wide, where one shown pixel covers
     * {@code metresPerShownPixel} of the sample.
     */
    public static ScaleBar fitting(double metresPerShownPixel, double shownWidthPixels) {
        if (!(metresPerShownPixel > 0 && Double.isFinite(metresPerShownPixel))) {
            throw new IllegalArgumentException("A shown pixel covers a positive finite length");
        }
        if (!(shownWidthPixels > 0 && Double.isFinite(shownWidthPixels))) {
            throw new IllegalArgumentException("The image is shown at a positive finite width");
        }
        double target = shownWidthPixels * metresPerShownPixel * SHARE_OF_WIDTH;
        int exponent = (int) Math.floor(Math.log10(target));
        // The nearest round length in ratio: candidates around the target's decade, compared on a log scale.
        int bestMantissa = 1;
        int bestExponent = exponent;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int decade = exponent - 1; decade <= exponent + 1; decade++) {
            for (int mantissa : MANTISSAS) {
                double distance = Math.abs(Math.log(mantissa * Math.pow(10, decade) / target));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestMantissa = mantissa;
                    bestExponent = decade;
                }
            }
        }
        double length = bestMantissa * Math.pow(10, bestExponent);
        return new ScaleBar(length, length / metresPerShownPixel, label(bestMantissa, bestExponent));
    }

    /** Picks the unit that writes the length as 1 to 500: {@code 200 nm}, not {@code 0.2 µm}. */
    private static String label(int mantissa, int exponent) {
        int unit = Math.floorDiv(exponent + 12, 3);
        int clamped = Math.max(0, Math.min(UNITS.length - 1, unit));
        BigDecimal inUnit = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent + 12 - 3 * clamped);
        return inUnit.stripTrailingZeros().toPlainString() + " " + UNITS[clamped];
    }
}
