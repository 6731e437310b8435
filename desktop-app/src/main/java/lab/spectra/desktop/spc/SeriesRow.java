package lab.spectra.desktop.spc;

import lab.spectra.model.spc.SpcSeries;

/**
 * One line of the SPC screen's list: a series with its instrument's name, how many points it has
 * and how many of its alerts wait for someone.
 */
public record SeriesRow(SpcSeries series, String instrumentName, int pointCount, int openAlerts) {

    /** "Frozen", or the baseline's progress while limits wait for a PI: "baseline 7 of 20". */
    public String limitsState() {
        if (series.hasLimits()) {
            return "frozen";
        }
        return "baseline " + baselinePoints() + " of " + series.baselineSize();
    }

    /** The plotted values the baseline has so far (subgroups for an X-bar chart), at most its size. */
    public int baselinePoints() {
        return Math.min(pointCount / Math.max(1, series.subgroupSize()), series.baselineSize());
    }

    /** The quantity with its unit, "threshold voltage (V)". */
    public String quantity() {
        return series.parameter()
                + (series.unit() == null || series.unit().isBlank() ? "" : " (" + series.unit() + ")");
    }

    public String lineage() {
        return series.recipeName() == null ? "any recipe" : series.recipeName();
    }
}
