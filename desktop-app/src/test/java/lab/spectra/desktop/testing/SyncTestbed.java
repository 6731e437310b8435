package lab.spectra.desktop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;

/**
 * The real sync server on a fresh PostgreSQL database (one per test JVM), and a way to make
 * isolated organizations on it whose people can sign in from test workstations over HTTP.
 */
public final class SyncTestbed {

    public static final String PASSWORD = "bench-password-1";

    private static SyncTestbed instance;

    public final DemoServer server;
    /** Server-side helper on the same database: sets the scene as the lab's office would. */
    public final ServerLab lab;

    private final String passwordHash;

    private SyncTestbed() {
        server = DemoServer.get();
        lab = new ServerLab(server.postgres);
        passwordHash = server.server.parts().passwordHasher().hash(PASSWORD.toCharArray());
    }

    public static synchronized SyncTestbed get() {
        if (instance == null) {
            instance = new SyncTestbed();
        }
        return instance;
    }

    /** A fresh organization of five people, so tests never share data. */
    public ServerLab.Org newOrganization(String prefix) {
        return lab.createOrganization(
                prefix + "-" + UUID.randomUUID().toString().substring(0, 8), passwordHash);
    }

    /** A sixth person of the organization, {@code newcomer}: a technician nobody has qualified. */
    public Actor newcomer(ServerLab.Org org) {
        return lab.newcomer(org, passwordHash);
    }

    public static String email(ServerLab.Org org, String who) {
        return who + "@" + org.organization().slug() + ".test";
    }

    public URI serverUri() {
        return server.server.baseUri();
    }

    /** A workstation with its own data folder, talking to {@code serverUri}. */
    public Workstation newWorkstation(URI serverUri) {
        return Workstation.open(newDataDirectory(), serverUri);
    }

    /** A workstation whose PC clock the test sets (like a person changing it). */
    public Workstation newWorkstation(URI serverUri, Clock wallClock) {
        return Workstation.open(newDataDirectory(), new ServerLink(serverUri, DomainJson.newMapper()), wallClock);
    }

    public Workstation newWorkstation() {
        return newWorkstation(serverUri());
    }

    public static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("spectra-bench-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
