package lab.spectra.model.spc;

/** The kind of Shewhart chart a series is plotted on, which decides how its limits are computed. */
public enum ChartType {
    /** Individual values, with sigma estimated from the moving range of consecutive points. */
    INDIVIDUALS_MOVING_RANGE("I-MR"),
    /** Subgroup means, with sigma estimated from the mean subgroup range. */
    XBAR_R("X-bar-R"),
    /** Subgroup means, with sigma estimated from the mean subgroup standard deviation. */
    XBAR_S("X-bar-S");

    private final String label;

    ChartType(String label) {
        this.label = label;
    }

    /** The short name quality engineers use for the chart, e.g. "I-MR". */
    public String label() {
        return label;
    }
}
