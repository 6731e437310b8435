package lab.spectra.desktop.audit;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save an export of the audit trail; a seam so tests answer without a native dialog. */
@FunctionalInterface
public interface AuditExportChooser {

    /**
     * @param kind      what is saved: "CSV" or "PDF"
     * @param extension without the dot: "csv" or "pdf"
     */
    Optional<Path> choose(Window owner, String suggestedFileName, String kind, String extension);
}
