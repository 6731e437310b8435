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
 * The sync server run inside the app for a single-PC lab or a demo: development mode on an H2
 * file next to the bench's data, on a free loopback port, with the demo labs loaded. This and
 * nothing else in the desktop touches the server module.
 */
public final class EmbeddedServer implements AutoCloseable {

    private final SyncServer server;

    private EmbeddedServer(SyncServer server) {
        this.server = server;
    }

    public static EmbeddedServer start(Path dataDirectory) {
        return new EmbeddedServer(SyncServer.start(config(dataDirectory)));
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

    public URI uri() {
        return server.baseUri();
    }

    public static List<DemoAccount> demoAccounts() {
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
