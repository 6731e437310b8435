package lab.spectra.desktop.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's save dialog, for the audit trail's exports. */
public final class SystemAuditExportChooser implements AuditExportChooser {

    @Override
    public Optional<Path> choose(Window owner, String suggestedFileName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit trail as " + kind);
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
