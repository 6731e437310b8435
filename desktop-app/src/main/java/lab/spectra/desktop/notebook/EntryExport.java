package lab.spectra.desktop.notebook;

import java.nio.file.Path;
import java.util.UUID;

/** Writes an entry's printable record (PDF) to a file the person chose; blocks, so runs off the JavaFX thread. */
@FunctionalInterface
public interface EntryExport {

    /** @return the file written */
    Path export(UUID entryId, Path target);
}
