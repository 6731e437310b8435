package lab.spectra.desktop.runs.report;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the person where to save a report; a seam so tests can answer without a native dialog. */
@FunctionalInterface
public interface ReportFileChooser {

    Optional<Path> choose(Window owner, String suggestedFileName);
}
