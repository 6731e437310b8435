package lab.spectra.desktop.admin.instruments;

import java.nio.file.Path;

/** How the screen takes a certificate's file into the bench; it is uploaded with the next sync (ADR 0019). */
@FunctionalInterface
public interface CertificateFiles {

    /** What the bench holds after taking a file in. */
    record TakenIn(String contentSha256, long sizeBytes) {}

    /** Copies the file in by content. Runs on a background thread. */
    TakenIn takeIn(Path source);
}
