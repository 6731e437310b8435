package lab.spectra.desktop.runs.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The bench's files by content (ADR 0019), as the data tab uses them: taken in by content,
 * found on this PC, or fetched with the signed-in person's session.
 */
public interface RunFiles {

    /** What the bench holds after taking a file in. */
    record TakenIn(String contentSha256, long sizeBytes) {}

    /** Copies the file in by content; it is uploaded after the next sync. */
    TakenIn takeIn(Path source);

    /** The file's bytes on this PC, if it holds them. */
    Optional<Path> local(String contentSha256);

    /**
     * Downloads the file with the signed-in person's session, checked by its hash.
     *
     * @throws RuntimeException when the bench is offline or the person is signed in offline
     */
    Path fetch(String contentSha256);
}
