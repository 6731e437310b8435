package lab.spectra.desktop.runs.data;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's open dialog, offering the export formats the importers read. */
public final class SystemDataFileChooser implements DataFileChooser {

    @Override
    public Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import data file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Instrument exports",
                                "*.csv",
                                "*.txt",
                                "*.xy",
                                "*.xye",
                                "*.ras",
                                "*.tif",
                                "*.tiff",
                                "*.png",
                                "*.dat"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
