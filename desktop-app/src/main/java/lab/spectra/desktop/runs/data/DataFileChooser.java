package lab.spectra.desktop.runs.data;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the person for an instrument export; a seam so tests can answer without a native dialog. */
@FunctionalInterface
public interface DataFileChooser {

    Optional<Path> choose(Window owner);
}
