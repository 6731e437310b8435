package lab.spectra.model.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One value as a control chart plots it: a point's value on an individuals chart, or the mean of
 * one subgroup of consecutive points on an X-bar chart. The rules, the chart and the limits all
 * work on these, so the bench and the server plot and judge the same numbers.
 *
 * @param points the points behind the value, in chart order (one for an individuals chart)
 */
public record PlottedValue(double value, List<SpcPoint> points) {

    public PlottedValue {
        Objects.requireNonNull(points, "points");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A plotted value stands for at least one point");
        }
    }

    /** The point that completes this value (the last of its subgroup). */
    public SpcPoint last() {
        return points.get(points.size() - 1);
    }

    /**
     * The values a series plots from its points, which must be in {@link SpcPoint#CHART_ORDER}. For
     * subgroups, consecutive runs of {@code subgroupSize} points; a trailing subgroup not yet full is
     * not plotted.
     */
    public static List<PlottedValue> of(SpcSeries series, List<SpcPoint> pointsInChartOrder) {
        int size = Math.max(1, series.subgroupSize());
        List<PlottedValue> plotted = new ArrayList<>(pointsInChartOrder.size() / size);
        for (int start = 0; start + size <= pointsInChartOrder.size(); start += size) {
            List<SpcPoint> group = pointsInChartOrder.subList(start, start + size);
            double sum = 0;
            for (SpcPoint point : group) {
                sum += point.value();
            }
            plotted.add(new PlottedValue(size == 1 ? group.get(0).value() : sum / size, group));
        }
        return plotted;
    }

    /** Just the numbers, for {@link NelsonRules}. */
    public static List<Double> values(List<PlottedValue> plotted) {
        return plotted.stream().map(PlottedValue::value).toList();
    }
}
