package lab.spectra.model.spc;

/** How the process standard deviation was estimated from the baseline. */
public enum SigmaEstimate {
    /** Individuals: sigma = MR-bar / d2, with d2 = 1.128 for the moving range of two points. */
    MEAN_MOVING_RANGE_OVER_D2,
    /** X-bar-R: sigma = R-bar / d2 for the subgroup size. */
    MEAN_RANGE_OVER_D2,
    /** X-bar-S: sigma = s-bar / c4 for the subgroup size. */
    MEAN_STANDARD_DEVIATION_OVER_C4
}
