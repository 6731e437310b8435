package lab.spectra.desktop.spc;

import java.util.List;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.SpcSeries;

/**
 * Everything one series' chart is drawn from, read in one transaction.
 *
 * @param points  in {@link lab.spectra.model.spc.SpcPoint#CHART_ORDER}
 * @param markers the instrument's timeline and the lineage's versions, oldest first
 */
public record SeriesHistory(SpcSeries series, List<PointRow> points, List<AlertRow> alerts, List<ChartMarker> markers) {

    public SeriesHistory {
        points = List.copyOf(points);
        alerts = List.copyOf(alerts);
        markers = List.copyOf(markers);
    }
}
