package lab.spectra.desktop.runs.report;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.run.Run;

/**
 * "Export report PDF…" on a run's data tab: writes the shown run's report in the background and
 * says in words when it is saved, or why not. Anyone who may see the run may export it.
 */
public final class RunReportViewModel {

    private final RunReportExport export;
    private final TaskRunner tasks;
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);

    public RunReportViewModel(RunReportExport export, TaskRunner tasks) {
        this.export = export;
        this.tasks = tasks;
        run.addListener((observable, before, after) -> message.set(""));
    }

    /** The run whose report is exported: the data tab's run. */
    public ObjectProperty<Run> run() {
        return run;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** True while a report is being written; the button waits. */
    public ReadOnlyBooleanProperty writing() {
        return writing.getReadOnlyProperty();
    }

    /** The file name offered in the save dialog. */
    public String suggestedFileName() {
        Run shown = run.get();
        return shown == null ? "run-report.pdf" : "run-" + shown.id() + "-report.pdf";
    }

    /** Writes the run's report to {@code target} in the background. */
    public void export(Path target, boolean logarithmicIv) {
        Run shown = run.get();
        if (shown == null) {
            message.set("Choose a run first");
            return;
        }
        writing.set(true);
        message.set("Writing " + target.getFileName() + "…");
        tasks.run(
                () -> export.export(shown.id(), logarithmicIv, target),
                written -> {
                    writing.set(false);
                    message.set("Saved the run's report to " + written);
                },
                failure -> {
                    writing.set(false);
                    message.set("The report could not be written: " + Problems.describe(failure));
                });
    }
}
