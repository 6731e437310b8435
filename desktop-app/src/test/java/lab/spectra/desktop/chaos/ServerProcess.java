package lab.spectra.desktop.chaos;

import java.nio.file.Path;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.db.DatabaseSettings;

/**
 * The sync server as a process of its own, for the kill -9 scenarios: the real server on the
 * test's PostgreSQL database, on a port and data folder the test chose so that a restart after a
 * kill is the same server to its benches. The database's address and roles come in the
 * environment ({@code CHAOS_DB_*}); it prints {@code LISTENING} once it serves.
 */
final class ServerProcess {

    static final String TOKEN_SECRET = "chaos-kill-test-secret-long-enough-for-hs256-0123456789";

    private ServerProcess() {}

    /** Arguments: port, data directory. */
    public static void main(String[] args) throws InterruptedException {
        DatabaseSettings database = DatabaseSettings.of(
                System.getenv("CHAOS_DB_URL"),
                new DatabaseSettings.Credentials(System.getenv("CHAOS_DB_APP"), System.getenv("CHAOS_DB_APP_PASSWORD")),
                new DatabaseSettings.Credentials(
                        System.getenv("CHAOS_DB_LOGIN"), System.getenv("CHAOS_DB_LOGIN_PASSWORD")),
                new DatabaseSettings.Credentials(
                        System.getenv("CHAOS_DB_OWNER"), System.getenv("CHAOS_DB_OWNER_PASSWORD")));
        ServerConfig config = ServerConfig.builder(Mode.DEV, database, Path.of(args[1]))
                .listener(new ServerConfig.Listener("127.0.0.1", Integer.parseInt(args[0]), 64 * 1024))
                .hmacTokens("spectra-chaos", TOKEN_SECRET)
                .loadDemoData(false)
                .build();
        SyncServer server = SyncServer.start(config);
        System.out.println("LISTENING " + server.baseUri());
        System.out.flush();
        // Serves until killed: that is the point.
        Thread.currentThread().join();
    }
}
