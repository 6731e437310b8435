package lab.spectra.desktop.instruments;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a report, as PDF or CSV; a seam so tests answer without a native dialog. */
@FunctionalInterface
public interface ReportFileChooser {

    Optional<Path> choose(Window owner, String suggestedFileName);

    /** The operating system's save dialog, offering PDF first and CSV. */
    static ReportFileChooser system() {
        return (owner, suggestedFileName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the calibration status report");
            chooser.setInitialFileName(suggestedFileName);
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("PDF document", "*.pdf"),
                            new FileChooser.ExtensionFilter("CSV (spreadsheets, scripts)", "*.csv"));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
