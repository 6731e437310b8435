package lab.spectra.server.analysis.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.ChartZones;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.NelsonRules;
import lab.spectra.model.spc.PlottedValue;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.spc.Violation;
import lab.spectra.server.analysis.spc.SpcQueries.ChartPoint;

/**
 * A control chart as the chart endpoint answers it: the last points with their runs, samples and
 * operators; the values plotted from them (the points themselves, or subgroup means); the centre
 * line, control limits and sigma zones once a PI has frozen them; the specification limits apart;
 * the violations of the series' rules, numbered as the series numbers them; and the instrument's and
 * recipe lineage's events in the points' time range.
 *
 * @param totalPoints          every point the series has; {@code points} are its last ones
 * @param controlLimits        null until limits are frozen (no rule is judged before)
 * @param specificationLimits  null when the series has none
 */
public record SpcChart(
        SpcSeries series,
        long totalPoints,
        List<ChartPoint> points,
        List<Plotted> plotted,
        ControlLimits controlLimits,
        SpecLimits specificationLimits,
        List<ChartViolation> violations,
        List<ChartMarker> markers) {

    /**
     * Rules look back at most this many plotted values before the one they judge (rule 7's window
     * of fifteen), so a chart reads that many more to judge its first values as the whole series
     * would.
     */
    static final int RULE_LOOK_BACK = 14;

    /**
     * One plotted value; its time is that of its last point.
     *
     * @param pointIds the points it stands for (one on an individuals chart)
     */
    public record Plotted(double value, List<UUID> pointIds) {}

    /** The centre line, control limits (±3σ) and the zone lines at ±1σ and ±2σ of the plotted statistic. */
    public record ControlLimits(
            double centerLine,
            double lowerControlLimit,
            double upperControlLimit,
            double sigma,
            double minusTwoSigma,
            double minusOneSigma,
            double plusOneSigma,
            double plusTwoSigma,
            UUID limitsDecisionId) {}

    /** The specification limits people set: the voice of the customer, never used by the rules. */
    public record SpecLimits(Double lower, Double upper) {}

    /**
     * A rule broken on the chart.
     *
     * @param label             the rule as the series numbers it, e.g. "Rule 2" or "WE4"
     * @param sentence          the rule in words, with that label
     * @param plottedIndex      the plotted value that completes the pattern
     * @param completingPointId the last point of that value
     * @param involvedPointIds  every point of the pattern, in chart order (some may precede the chart)
     */
    public record ChartViolation(
            int ruleNumber,
            String label,
            String sentence,
            int plottedIndex,
            UUID completingPointId,
            List<UUID> involvedPointIds) {}

    /**
     * Builds the chart of the last {@code last} points from what was read: the points read may
     * begin earlier (for the rules' look-back), and are cut to subgroups the way the whole series
     * is, from its first point.
     */
    static SpcChart of(SpcQueries.ChartData data, int last) {
        SpcSeries series = data.series();
        int size = Math.max(1, series.subgroupSize());
        List<ChartPoint> read = data.pointsInChartOrder();
        // The first point read is the series' point number (total - read); subgroups start at multiples of the size.
        long firstIndex = data.totalPoints() - read.size();
        int skip = (int) ((size - firstIndex % size) % size);
        List<ChartPoint> aligned = read.subList(Math.min(skip, read.size()), read.size());
        List<ChartPoint> shown = read.subList(Math.max(0, read.size() - last), read.size());

        List<SpcPoint> asPoints = aligned.stream()
                .map(point -> point.asSpcPoint(series.organizationId(), series.id()))
                .toList();
        List<PlottedValue> values = PlottedValue.of(series, asPoints);
        int firstPlotted = firstPlottedShown(values, shown);
        List<Plotted> plotted = new ArrayList<>();
        for (int i = firstPlotted; i < values.size(); i++) {
            PlottedValue value = values.get(i);
            plotted.add(new Plotted(
                    value.value(), value.points().stream().map(SpcPoint::id).toList()));
        }

        ControlLimits limits = null;
        List<ChartViolation> violations = List.of();
        if (series.hasLimits()) {
            ChartZones zones = series.zones();
            limits = new ControlLimits(
                    series.centerLine(),
                    series.lowerControlLimit(),
                    series.upperControlLimit(),
                    zones.sigma(),
                    zones.centre() - 2 * zones.sigma(),
                    zones.centre() - zones.sigma(),
                    zones.centre() + zones.sigma(),
                    zones.centre() + 2 * zones.sigma(),
                    series.limitsDecisionId());
            violations = violations(series, values, zones, firstPlotted);
        }
        SpecLimits spec = series.lowerSpecLimit() == null && series.upperSpecLimit() == null
                ? null
                : new SpecLimits(series.lowerSpecLimit(), series.upperSpecLimit());
        List<ChartMarker> markers = shown.isEmpty()
                ? List.of()
                : ChartMarker.of(
                        data.instrumentTimeline(),
                        data.lineage(),
                        shown.get(0).measuredAt(),
                        shown.get(shown.size() - 1).measuredAt());
        return new SpcChart(series, data.totalPoints(), shown, plotted, limits, spec, violations, markers);
    }

    /**
     * The first plotted value all of whose points are shown: a subgroup cut by the chart's left
     * edge is not drawn. When the first shown point is in no plotted value (it begins a subgroup the
     * read did not complete), every value is shown.
     */
    private static int firstPlottedShown(List<PlottedValue> values, List<ChartPoint> shown) {
        if (shown.isEmpty()) {
            return values.size();
        }
        UUID firstShown = shown.get(0).id();
        for (int i = 0; i < values.size(); i++) {
            List<SpcPoint> group = values.get(i).points();
            for (SpcPoint point : group) {
                if (point.id().equals(firstShown)) {
                    return group.get(0).id().equals(firstShown) ? i : i + 1;
                }
            }
        }
        return 0;
    }

    private static List<ChartViolation> violations(
            SpcSeries series, List<PlottedValue> values, ChartZones zones, int firstPlotted) {
        List<ChartViolation> found = new ArrayList<>();
        for (Violation violation : NelsonRules.evaluate(PlottedValue.values(values), zones, series.rules())) {
            if (violation.index() < firstPlotted) {
                continue;
            }
            NelsonRule rule = violation.rule();
            String label = series.ruleNumbering().label(rule);
            List<UUID> involved = violation.involved().stream()
                    .flatMap(index -> values.get(index).points().stream())
                    .map(SpcPoint::id)
                    .toList();
            found.add(new ChartViolation(
                    rule.number(),
                    label,
                    label + ": " + rule.description(),
                    violation.index() - firstPlotted,
                    values.get(violation.index()).last().id(),
                    involved));
        }
        return List.copyOf(found);
    }
}
