package lab.spectra.model.spc;

import java.util.Objects;

/**
 * Control limits computed from a baseline, ready to be frozen on a series (a PI's signed decision,
 * made elsewhere). Everything needed to redraw the chart and to check the numbers by hand is kept:
 * which chart, how sigma was estimated, from how many points or subgroups, and a sentence with the
 * arithmetic.
 *
 * <p>Control limits are the voice of the process and are never mixed with {@link
 * SpecificationLimits}, the voice of the customer: a point can be inside one and outside the other.
 *
 * @param chartType the chart the limits belong to
 * @param centre the centre line (mean of the baseline, or grand mean of the subgroup means)
 * @param lowerControlLimit LCL of the plotted statistic
 * @param upperControlLimit UCL of the plotted statistic
 * @param sigma one zone of the plotted statistic, (UCL - centre) / 3: the sigma the Nelson rules
 *     use. For an individuals chart it is the process sigma; for an X-bar chart it is the sigma of
 *     a subgroup mean.
 * @param processSigma the estimated standard deviation of single measurements
 * @param sigmaEstimate how {@code processSigma} was estimated
 * @param baselineSize points (individuals) or subgroups (X-bar charts) in the baseline
 * @param subgroupSize measurements per subgroup; 1 for an individuals chart
 * @param dispersion the companion moving range, range or S chart
 * @param derivation how the numbers were computed, in words, e.g. for a report or an audit
 */
public record FrozenLimits(
        ChartType chartType,
        double centre,
        double lowerControlLimit,
        double upperControlLimit,
        double sigma,
        double processSigma,
        SigmaEstimate sigmaEstimate,
        int baselineSize,
        int subgroupSize,
        DispersionChart dispersion,
        String derivation) {

    public FrozenLimits {
        Objects.requireNonNull(chartType, "chartType");
        Objects.requireNonNull(sigmaEstimate, "sigmaEstimate");
        Objects.requireNonNull(dispersion, "dispersion");
        Objects.requireNonNull(derivation, "derivation");
        if (!(lowerControlLimit < centre && centre < upperControlLimit)) {
            throw new IllegalArgumentException("Control limits need LCL < centre < UCL");
        }
        if (!(sigma > 0 && processSigma > 0)) {
            throw new IllegalArgumentException("Sigma must be above zero");
        }
    }

    /** The centre line and zone width the Nelson rules are evaluated against. */
    public ChartZones zones() {
        return new ChartZones(centre, sigma);
    }
}
