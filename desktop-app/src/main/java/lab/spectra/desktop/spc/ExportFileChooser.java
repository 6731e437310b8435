package lab.spectra.desktop.spc;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the person where to save an export; a seam so tests can answer without a native dialog. */
@FunctionalInterface
public interface ExportFileChooser {

    /**
     * @param kind what is saved, e.g. "PNG image" or "CSV"
     * @param extension without the dot: "png" or "csv"
     */
    Optional<Path> choose(Window owner, String suggestedFileName, String kind, String extension);
}
