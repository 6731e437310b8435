package lab.spectra.desktop.spc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.ChartZones;
import lab.spectra.model.spc.NelsonRules;
import lab.spectra.model.spc.PlottedValue;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.spc.Violation;

/**
 * What one series' chart shows, worked out before anything is drawn: the plotted values in the
 * range with the rules each breaks (judged over the whole series, so zooming changes no verdict),
 * the limits and zones once frozen, the specification limits apart from them, and the markers.
 *
 * @param zones   the centre line and sigma, absent until a PI froze the limits
 * @param note    what the chart says instead of limits, "" once they are frozen
 */
public record SpcChartData(
        SpcSeries series,
        List<ChartPoint> points,
        Optional<ChartZones> zones,
        Double lowerSpecLimit,
        Double upperSpecLimit,
        List<ChartMarker> markers,
        String note) {

    public SpcChartData {
        points = List.copyOf(points);
        markers = List.copyOf(markers);
    }

    public static SpcChartData of(SeriesHistory history, DateRange range) {
        SpcSeries series = history.series();
        Map<UUID, PointRow> rowsById = history.points().stream()
                .collect(Collectors.toMap(row -> row.point().id(), row -> row));
        List<SpcPoint> inChartOrder =
                history.points().stream().map(PointRow::point).toList();
        List<PlottedValue> plotted = PlottedValue.of(series, inChartOrder);
        List<List<Violation>> byIndex = new ArrayList<>(plotted.size());
        plotted.forEach(value -> byIndex.add(new ArrayList<>()));
        Optional<ChartZones> zones = series.hasLimits() ? Optional.of(series.zones()) : Optional.empty();
        zones.ifPresent(frozen -> NelsonRules.evaluate(PlottedValue.values(plotted), frozen, series.rules())
                .forEach(violation -> byIndex.get(violation.index()).add(violation)));
        Set<UUID> provisional = provisionalPoints(history.alerts());

        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < plotted.size(); i++) {
            PlottedValue value = plotted.get(i);
            Instant at = value.last().measuredAt();
            if (!range.contains(at)) {
                continue;
            }
            List<PointRow> rows = value.points().stream()
                    .map(point -> rowsById.get(point.id()))
                    .toList();
            boolean isProvisional = value.points().stream().anyMatch(point -> provisional.contains(point.id()));
            points.add(new ChartPoint(i, at, value.value(), rows, byIndex.get(i), isProvisional));
        }
        List<ChartMarker> markers = history.markers().stream()
                .filter(marker -> range.contains(marker.at()))
                .toList();
        String note = series.hasLimits()
                ? ""
                : "Limits not frozen yet: " + Math.min(plotted.size(), series.baselineSize()) + " of "
                        + series.baselineSize() + " baseline points";
        return new SpcChartData(series, points, zones, series.lowerSpecLimit(), series.upperSpecLimit(), markers, note);
    }

    /** The points of alerts this bench raised and has not yet heard the server about. */
    private static Set<UUID> provisionalPoints(List<AlertRow> alerts) {
        Set<UUID> points = new HashSet<>();
        for (AlertRow row : alerts) {
            if (row.provisional() && row.alert().pointId() != null) {
                points.add(row.alert().pointId());
            }
        }
        return points;
    }

    public String unit() {
        return series.unit() == null ? "" : series.unit();
    }

    /** The violating values in range. */
    public List<ChartPoint> violating() {
        return points.stream().filter(ChartPoint::violates).toList();
    }
}
