package lab.spectra.desktop.instruments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Action;
import lab.spectra.model.report.CalibrationReport;
import lab.spectra.model.report.CalibrationReportCsv;
import lab.spectra.model.report.CalibrationReportPdf;

/**
 * The Instruments screen's "Calibration report…": the calibration status report compiled from
 * this bench's copy of the lab's records with the same shared code the server uses, so it works
 * offline too (as of the last sync, plus this PC's unsent work), saved as PDF or CSV in the
 * background.
 */
public final class CalibrationReportViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Supplier<CalibrationReport> reports;
    private final CurrentUser user;
    private final Clock clock;
    private final TaskRunner tasks;
    private final CalibrationReportCsv csv = new CalibrationReportCsv();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param reports compiles the report from the local copy; called on a background thread */
    public CalibrationReportViewModel(
            Supplier<CalibrationReport> reports, CurrentUser user, Clock clock, TaskRunner tasks) {
        this.reports = reports;
        this.user = user;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** Reports are downloaded by every role that may (all of them today); the action is absent otherwise. */
    public boolean mayDownload() {
        return user.may(Action.DOWNLOAD_REPORTS);
    }

    public String suggestedFileName() {
        return "calibration-status-" + DAY.format(clock.instant()) + ".pdf";
    }

    /** Compiles and writes the report: CSV for a file ending in .csv, PDF otherwise. */
    public void save(Path file) {
        boolean asCsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        saving.set(true);
        message.set("Compiling the calibration report…");
        tasks.run(
                () -> {
                    CalibrationReport report = reports.get();
                    Files.write(file, asCsv ? csv.bytes(report) : new CalibrationReportPdf().bytes(report));
                    return report.instruments().size();
                },
                instruments -> {
                    saving.set(false);
                    message.set("Saved the calibration report (" + instruments + " instruments, as of this bench's"
                            + " last sync) to " + file.getFileName());
                },
                failure -> {
                    saving.set(false);
                    message.set("The calibration report was not saved: " + Problems.describe(failure));
                });
    }

    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
