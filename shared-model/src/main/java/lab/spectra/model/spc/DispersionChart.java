package lab.spectra.model.spc;

import java.util.Objects;

/**
 * The companion chart of a location chart: the moving range of an individuals chart, the range of
 * an X-bar-R chart or the standard deviation of an X-bar-S chart, with its own centre and limits
 * (D3/D4 or B3/B4 times the mean spread). Its lower limit is 0 where the table's factor is 0.
 */
public record DispersionChart(Statistic statistic, double centre, double lowerControlLimit, double upperControlLimit) {

    public enum Statistic {
        MOVING_RANGE,
        RANGE,
        STANDARD_DEVIATION
    }

    public DispersionChart {
        Objects.requireNonNull(statistic, "statistic");
        if (!(0 <= lowerControlLimit && lowerControlLimit <= centre && centre < upperControlLimit)) {
            throw new IllegalArgumentException("A spread chart needs 0 <= LCL <= centre < UCL");
        }
    }
}
