package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server that lists its host names (as the embedded one does, with this PC's loopback names)
 * serves nothing to a request addressed to another name: that is how a web page that re-pointed
 * its own name at 127.0.0.1 (DNS rebinding) would arrive.
 */
class RequestsForAnotherHostNameAreRefusedTest {

    private static PostgresTestDatabase postgres;
    private static SyncServer server;

    @BeforeAll
    static void startLoopbackServer() {
        postgres = PostgresTestDatabase.createMigrated();
        ServerConfig config = DemoServer.config(postgres, true);
        server = SyncServer.start(config.toBuilder()
                .listener(new ServerConfig.Listener("127.0.0.1", 0, 64 * 1024, ServerConfig.Listener.LOOPBACK_NAMES))
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
        postgres.close();
    }

    @Test
    void aRequestForARebindingSiteIsRefusedWith421AndDoesNothing() {
        RawHttp.Response login = RawHttp.send(
                server.port(),
                "attacker.example:" + server.port(),
                "POST",
                "/auth/login",
                "{\"username\": \"tech@demo.lab\", \"password\": \"tech123\"}");

        assertThat(login.status()).isEqualTo(421);
        assertThat(login.code()).isEqualTo("host_not_allowed");
        assertThat(login.body().has("access_token")).isFalse();
    }

    @Test
    void requestsForThisPcsOwnNamesAreServed() {
        for (String host : new String[] {"localhost", "127.0.0.1", "[::1]", "LOCALHOST."}) {
            assertThat(RawHttp.send(server.port(), host + ":" + server.port(), "GET", "/health", null)
                            .status())
                    .as(host)
                    .isEqualTo(200);
        }
    }

    @Test
    void aNameThatMerelyStartsLikeLocalhostIsRefused() {
        assertThat(RawHttp.send(server.port(), "localhost.attacker.example", "GET", "/health", null)
                        .status())
                .isEqualTo(421);
    }
}
