package lab.spectra.desktop.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import lab.spectra.model.protocol.BenchVersion;

/**
 * The release this bench is, as the build wrote it into {@code release.properties}. A run whose
 * build did not fill it in (straight from an IDE that copies resources as they are) has no known
 * release, and then never offers an update: it is a developer's build, not one a lab installed.
 */
public final class ThisRelease {

    private static final String FILE = "release.properties";

    private ThisRelease() {}

    /** Reads the file; call it once and keep the answer. */
    public static Optional<BenchVersion> read() {
        try (InputStream in = ThisRelease.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties release = new Properties();
            release.load(in);
            return BenchVersion.parse(release.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("The bench's release file could not be read", e);
        }
    }
}
