package lab.spectra.desktop.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lab.spectra.desktop.admin.backup.LabBackups;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.login.DemoAccount;

/**
 * A sync server this PC runs for itself when no lab server is configured: a single-PC lab or a
 * demo. The desktop's only seam to the server module (ADR 0014): the bench talks to it over HTTP
 * like to any other server, and only {@link EmbeddedServer} knows what is behind it.
 */
public interface LocalServer {

    /**
     * Starts it with its data under {@code dataDirectory}: the demo labs, or this PC's own lab.
     * Slow (migrations, demo data): off the JavaFX thread.
     */
    Running start(Path dataDirectory, LocalLab lab);

    /** Whether a lab was set up on this PC under {@code dataDirectory}. */
    boolean hasLab(Path dataDirectory);

    /** Founds this PC's lab under {@code dataDirectory}: database, keys and first admin. */
    void setUp(Path dataDirectory, LabSetup setup);

    /** A local server that answers until it is closed. */
    interface Running extends AutoCloseable {

        /** Where the bench reaches it (loopback). */
        URI uri();

        /** The accounts of the demo labs it loaded, offered on the sign-in screen. */
        List<DemoAccount> demoAccounts();

        /** Backups of this PC's lab; empty for the demo, whose data is not a lab's records. */
        Optional<LabBackups> backups();

        @Override
        void close();
    }
}
