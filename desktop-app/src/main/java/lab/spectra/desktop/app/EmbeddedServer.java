package lab.spectra.desktop.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lab.spectra.desktop.login.DemoAccount;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.demo.DemoData;

/**
 * The sync server run inside the app: development mode on an H2 file next to the bench's data,
 * on a free loopback port, with the demo labs loaded. This class, and nothing else in the
 * desktop, touches the server module (checked by {@code DesktopArchitectureTest}); it enters
 * through the server's front door (its configuration, {@link SyncServer} and the demo logins).
 */
public final class EmbeddedServer implements LocalServer {

    @Override
    public Running start(Path dataDirectory) {
        return new Started(SyncServer.start(config(dataDirectory)));
    }

    /**
     * On loopback only, and answering only requests addressed to this PC's own names: a web page
     * in the PC's browser must not reach it by re-pointing its name at 127.0.0.1 (DNS rebinding).
     */
    static ServerConfig config(Path dataDirectory) {
        return ServerConfigLoader.load(Map.of(
                        "SPECTRA_MODE", "dev",
                        "SPECTRA_DATA_DIR", dataDirectory.toString(),
                        "SPECTRA_HOST", "127.0.0.1",
                        "SPECTRA_ALLOWED_HOSTS", String.join(",", ServerConfig.Listener.LOOPBACK_NAMES),
                        "SPECTRA_DEMO_DATA", "true"))
                .withPort(0);
    }

    private record Started(SyncServer server) implements Running {

        @Override
        public URI uri() {
            return server.baseUri();
        }

        /** The demo lab's people (the second demo organization has the same at its own domain). */
        @Override
        public List<DemoAccount> demoAccounts() {
            return DemoData.logins().stream()
                    .filter(login -> login.email().endsWith("@demo.lab"))
                    .map(login -> new DemoAccount(
                            login.email(), login.password(), login.role().displayName()))
                    .toList();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
