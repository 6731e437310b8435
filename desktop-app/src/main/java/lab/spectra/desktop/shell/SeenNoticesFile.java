package lab.spectra.desktop.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * {@link NoticeMemory} in a small file of the bench's data directory: a person's id, the day and
 * the lines they last closed. Not a record of the lab (it only spares people a notice they have
 * read), so a lost or unreadable file just shows the notice again.
 */
public final class SeenNoticesFile implements NoticeMemory {

    private final Path file;

    public SeenNoticesFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("seen-notices.properties");
    }

    @Override
    public synchronized Optional<Seen> lastSeen(UUID person) {
        Properties seen = load();
        String day = seen.getProperty(person + ".day");
        String lines = seen.getProperty(person + ".lines");
        if (day == null || lines == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Seen(LocalDate.parse(day), lines));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void remember(UUID person, Seen seen) {
        Properties all = load();
        all.setProperty(person + ".day", seen.day().toString());
        all.setProperty(person + ".lines", seen.lines());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = Files.newOutputStream(written)) {
            all.store(out, "Launch notices each person closed on this PC (safe to delete)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties load() {
        Properties seen = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                seen.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // unreadable: the notice shows again, nothing worse
            }
        }
        return seen;
    }
}
