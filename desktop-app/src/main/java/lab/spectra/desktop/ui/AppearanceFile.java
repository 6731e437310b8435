package lab.spectra.desktop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The appearance chosen on this PC, in a small file of the data directory. A preference, not a
 * record: an unreadable or missing file means {@link Appearance#SYSTEM}, and a file that cannot be
 * written only means the choice is asked for again next time.
 */
public final class AppearanceFile {

    private static final String KEY = "appearance";

    private final Path file;

    public AppearanceFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("appearance.properties");
    }

    public synchronized Appearance load() {
        if (!Files.isRegularFile(file)) {
            return Appearance.SYSTEM;
        }
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            stored.load(in);
            return Appearance.valueOf(stored.getProperty(KEY, "SYSTEM").strip().toUpperCase(Locale.ROOT));
        } catch (IOException | IllegalArgumentException e) {
            return Appearance.SYSTEM;
        }
    }

    /** @return whether it was written */
    public synchronized boolean save(Appearance appearance) {
        Properties stored = new Properties();
        stored.setProperty(KEY, appearance.name());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(written)) {
                stored.store(out, "The app's colours on this PC: LIGHT, DARK or SYSTEM");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
