package lab.spectra.server.metrics;

import java.util.Optional;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.TestServer;

/**
 * One real server with its metrics served on a loopback port of their own, on a fresh PostgreSQL
 * database, shared by the metrics test classes of a run and stopped when the JVM ends. Counters
 * add up across tests, so tests compare a count before and after what they do.
 */
final class MeteredServer {

    static final String PASSWORD = "metrics-are-read-by-prometheus-42";

    private static MeteredServer instance;

    final TestServer server;
    final Organization organization;
    final UserAccount engineer;
    final String token;

    private MeteredServer() {
        server = TestServer.start(builder -> builder.metrics(Optional.of(ServerConfig.Metrics.onLoopback(0))));
        organization = server.organization("metered");
        engineer = server.account(organization, "engineer@metered.test", PASSWORD, Role.ENGINEER);
        token = server.login("engineer@metered.test", PASSWORD)
                .body()
                .get("access_token")
                .asText();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    static synchronized MeteredServer get() {
        if (instance == null) {
            instance = new MeteredServer();
        }
        return instance;
    }

    /** What the metrics endpoint serves now. */
    Scrape scrape() {
        return Scrape.of(server.server.metricsUri().orElseThrow());
    }
}
