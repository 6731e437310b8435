package lab.spectra.desktop.spc;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * The SPC screen: the lab's series, and the selected one's chart limited to a date range, with
 * exports of the chart as PNG and of its data as CSV. Everyone may look; what changes a series
 * (part of the screen's actions) calls {@link #reload()} after its command.
 */
public final class SpcViewModel {

    private final SpcQueries queries;
    private final TaskRunner tasks;
    private final Consumer<UUID> openRun;
    private final ZoneId zone;
    private final ObservableList<SeriesRow> series = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> selectedSeries = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SeriesHistory> history = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpcChartData> chart = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param openRun shows a run (on the Runs screen) when a person clicks one of its points
     * @param zone    the bench's time zone: the days of the date range are its days
     */
    public SpcViewModel(
            SpcQueries queries, TaskRunner tasks, LocalData localData, Consumer<UUID> openRun, ZoneId zone) {
        this.queries = queries;
        this.tasks = tasks;
        this.openRun = openRun;
        this.zone = zone;
        selectedSeries.addListener((observable, before, after) -> loadChart());
        from.addListener((observable, before, after) -> replot());
        to.addListener((observable, before, after) -> replot());
        localData.version().addListener((observable, before, after) -> reload());
        reload();
    }

    public ObservableList<SeriesRow> series() {
        return series;
    }

    /** The id of the series whose chart is shown; the alerts pane and actions follow it. */
    public ObjectProperty<UUID> selectedSeriesProperty() {
        return selectedSeries;
    }

    /** The selected series as last read, with its points, alerts and markers. */
    public ReadOnlyObjectProperty<SeriesHistory> history() {
        return history.getReadOnlyProperty();
    }

    /** What the chart shows: the selected series within the date range; null when none is selected. */
    public ReadOnlyObjectProperty<SpcChartData> chart() {
        return chart.getReadOnlyProperty();
    }

    /** The first day shown; null for from the start. */
    public ObjectProperty<LocalDate> from() {
        return from;
    }

    /** The last day shown; null for up to now. */
    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reads the list and the selected series again: after a sync, or a command on this screen. */
    public void reload() {
        tasks.run(queries::series, this::showSeries, this::fail);
        loadChart();
    }

    /** Shows every point again. */
    public void resetRange() {
        from.set(null);
        to.set(null);
    }

    /** Opens the run of a value the person clicked (the last point of its subgroup). */
    public void openRunOf(ChartPoint point) {
        UUID runId = point.last().point().runId();
        if (runId != null) {
            openRun.accept(runId);
        }
    }

    /** A file name for an export of the selected series, e.g. "threshold-voltage-2026-03-10.csv". */
    public String suggestedFileName(String extension) {
        SpcChartData data = chart.get();
        String name = data == null ? "spc" : data.series().name();
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "spc" : slug) + "." + extension;
    }

    /** Writes the plotted points to a CSV file, off the FX thread. */
    public void exportCsv(Path file) {
        SpcChartData data = chart.get();
        if (data == null) {
            return;
        }
        tasks.run(
                () -> ChartCsv.write(data, file),
                rows -> message.set("Exported " + rows + " points to " + file.getFileName()),
                this::fail);
    }

    /** Writes the chart's picture to a PNG file, off the FX thread. */
    public void exportPng(BufferedImage picture, Path file) {
        tasks.run(
                () -> {
                    ChartPng.write(picture, file);
                    return file;
                },
                written -> message.set("Exported the chart to " + written.getFileName()),
                this::fail);
    }

    private void showSeries(List<SeriesRow> loaded) {
        series.setAll(loaded);
        if (selectedSeries.get() != null
                && loaded.stream().noneMatch(row -> row.series().id().equals(selectedSeries.get()))) {
            selectedSeries.set(null);
        }
    }

    private void loadChart() {
        UUID id = selectedSeries.get();
        if (id == null) {
            history.set(null);
            chart.set(null);
            return;
        }
        tasks.run(
                () -> queries.history(id),
                (Optional<SeriesHistory> loaded) -> {
                    if (id.equals(selectedSeries.get())) {
                        history.set(loaded.orElse(null));
                        replot();
                    }
                },
                this::fail);
    }

    private void replot() {
        SeriesHistory shown = history.get();
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set("The range ends before it starts: pick a last day on or after the first");
            return;
        }
        message.set("");
        if (shown == null) {
            chart.set(null);
            return;
        }
        DateRange range = new DateRange(from.get(), to.get(), zone);
        // Judging every rule over thousands of points is work for the background too.
        tasks.run(
                () -> SpcChartData.of(shown, range),
                data -> {
                    if (shown == history.get()) {
                        chart.set(data);
                    }
                },
                this::fail);
    }

    private void fail(Throwable failure) {
        LoggerFactory.getLogger(SpcViewModel.class).warn("The SPC screen could not read or write", failure);
        message.set(Problems.describe(failure));
    }
}
