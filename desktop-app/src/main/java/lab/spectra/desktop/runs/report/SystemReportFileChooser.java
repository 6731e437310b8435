package lab.spectra.desktop.runs.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's save dialog, for a PDF. */
public final class SystemReportFileChooser implements ReportFileChooser {

    @Override
    public Optional<Path> choose(Window owner, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the run's report");
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
