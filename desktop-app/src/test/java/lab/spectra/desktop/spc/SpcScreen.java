package lab.spectra.desktop.spc;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Views;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SPC screen over a bench's local copy, shown in the test window with a real view model;
 * reads run on a worker thread while the caller waits, times are UTC, and the export dialog answers with the
 * path the test gives.
 */
final class SpcScreen {

    final SpcViewModel model;
    final SpcController controller;
    final List<UUID> openedRuns = new ArrayList<>();
    private Path exportTo;

    private SpcScreen(FxWindow window, LocalCopy copy) {
        this.model = new SpcViewModel(
                new SpcQueries(copy),
                window.closeAfterTest(new WorkerThreadTaskRunner()),
                new LocalData(),
                openedRuns::add,
                ZoneOffset.UTC);
        this.controller =
                new SpcController(model, (owner, suggested, kind, extension) -> Optional.ofNullable(exportTo));
        window.show(() -> Views.load(controller));
    }

    static SpcScreen shownIn(FxWindow window, LocalCopy copy) {
        return new SpcScreen(window, copy);
    }

    /** Selects the series (as a click on its row does) and waits for the chart to be laid out. */
    SpcScreen select(FxWindow window, UUID seriesId) {
        window.robot().interact(() -> model.selectedSeriesProperty().set(seriesId));
        // The chart sits in a split pane under the table: its size settles a pulse or two later.
        WaitForAsyncUtils.waitForFxEvents(5);
        if (!model.message().get().isEmpty()) {
            throw new AssertionError("The screen says: " + model.message().get());
        }
        return this;
    }

    /** The list's line of a series. */
    SeriesRow rowOf(UUID seriesId) {
        return model.series().stream()
                .filter(row -> row.series().id().equals(seriesId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The series is not listed: " + model.series()));
    }

    /** Where the export dialog saves. */
    void exportTo(Path file) {
        this.exportTo = file;
    }

    SpcChart chart() {
        return controller.spcChart();
    }
}
