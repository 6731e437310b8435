package lab.spectra.desktop.admin.backup;

import java.nio.file.Path;

/** Backs up the lab kept on this PC. Slow (a copy, then a verifying restore): off the JavaFX thread. */
@FunctionalInterface
public interface LabBackups {

    /**
     * Writes a verified backup to {@code target}, a new file.
     *
     * @return what the verification found, in words
     */
    String backUp(Path target);
}
