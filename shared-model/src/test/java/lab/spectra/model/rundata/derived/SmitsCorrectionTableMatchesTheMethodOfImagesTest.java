package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recomputes cells of the rectangle correction table from first principles, so a typo in the table
 * cannot hide: a point current source on a sheet with insulating edges sees every edge as a mirror,
 * and the voltage between the inner probes is the sum over the resulting lattice of images.
 */
class SmitsCorrectionTableMatchesTheMethodOfImagesTest {

    @ParameterizedTest
    @CsvSource({"3.0, 1", "5.0, 1", "10.0, 1", "1.5, 2", "4.0, 2", "1.0, 3", "2.0, 4", "7.5, 4"})
    void theTabulatedFactorIsTheImageSolutionToFourDecimals(double widthOverSpacing, int lengthOverWidth) {
        double computed = imageSolution(widthOverSpacing * lengthOverWidth, widthOverSpacing);

        assertThat(SmitsCorrectionTable.factor(widthOverSpacing, lengthOverWidth))
                .isCloseTo(computed, within(1.5e-4));
    }

    /** C = Rs / (V/I) for probes at -1.5, -0.5, 0.5, 1.5 (s = 1) on an a × d rectangle centred on them. */
    private static double imageSolution(double length, double width) {
        int images = 200;
        double voltage = potential(-0.5, -1.5, length, width, images)
                - potential(-0.5, 1.5, length, width, images)
                - potential(0.5, -1.5, length, width, images)
                + potential(0.5, 1.5, length, width, images);
        return 1 / voltage;
    }

    /** Potential at (x, 0) of a unit source at (source, 0) with its images, per unit sheet resistance. */
    private static double potential(double x, double source, double length, double width, int images) {
        double sum = 0;
        for (int k = -images; k <= images; k++) {
            double[] xs = {2 * k * length + source, (2 * k + 1) * length - source};
            for (int m = -images; m <= images; m++) {
                double[] ys = {2 * m * width, (2 * m + 1) * width};
                for (double imageX : xs) {
                    for (double imageY : ys) {
                        sum -= Math.log(Math.hypot(imageX - x, imageY));
                    }
                }
            }
        }
        return sum / (2 * Math.PI);
    }
}
