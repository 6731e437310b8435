package lab.spectra.desktop.workstation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one file a revoked bench keeps after deleting its data (ADR 0016): a sentence saying what
 * happened, so the next person at the PC is told rather than finding it empty. It holds no lab
 * data, and goes away at the next online sign-in.
 */
final class RevocationNotice {

    static final String FILE_NAME = "revoked-notice.txt";

    private RevocationNotice() {}

    static Optional<String> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void clear(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + FILE_NAME + " in " + directory, e);
        }
    }

    /** Deletes everything in the bench's directory, then leaves the notice there alone. */
    static void replaceContentsWith(Path directory, String notice) {
        try {
            List<Path> everything;
            try (Stream<Path> walk = Files.walk(directory)) {
                everything = walk.filter(path -> !path.equals(directory))
                        .sorted(Comparator.reverseOrder())
                        .toList();
            }
            for (Path path : everything) {
                Files.deleteIfExists(path);
            }
            Files.writeString(directory.resolve(FILE_NAME), notice + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete this PC's local data in " + directory, e);
        }
    }
}
