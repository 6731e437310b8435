package lab.spectra.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.demo.DemoData;

/**
 * One real server on a fresh PostgreSQL database with the demo labs, shared by the API test
 * classes of a test run (loading the demo takes seconds), stopped when the JVM ends. Tests that
 * change data make their own records, so they do not disturb each other.
 */
public final class DemoServer {

    private static DemoServer instance;

    public final PostgresTestDatabase postgres;
    public final SyncServer server;
    public final Http http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private DemoServer() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(config(postgres, true));
        http = new Http(server.baseUri());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            postgres.close();
        }));
    }

    public static synchronized DemoServer get() {
        if (instance == null) {
            instance = new DemoServer();
        }
        return instance;
    }

    /** A development-like configuration on the given PostgreSQL database, on a free port. */
    public static ServerConfig config(PostgresTestDatabase postgres, boolean demo) {
        try {
            Path data = Files.createTempDirectory("spectra-server-");
            return ServerConfig.builder(Mode.DEV, postgres.settings(), data)
                    .listener(new ServerConfig.Listener("127.0.0.1", 0, 64 * 1024))
                    .hmacTokens("spectra-test", "test-secret-that-is-long-enough-for-hs256-0123456789")
                    .loadDemoData(demo)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token of a demo account, e.g. {@code tech@demo.lab}. */
    public String token(String email) {
        return tokens.computeIfAbsent(email, account -> {
            String password = DemoData.logins().stream()
                    .filter(login -> login.email().equals(account))
                    .findFirst()
                    .orElseThrow()
                    .password();
            Http.Response response = http.post("/auth/login", null, Map.of("username", account, "password", password));
            if (response.status() != 200) {
                throw new IllegalStateException("Demo login failed for " + account + ": " + response.body());
            }
            return response.body().get("access_token").asText();
        });
    }
}
