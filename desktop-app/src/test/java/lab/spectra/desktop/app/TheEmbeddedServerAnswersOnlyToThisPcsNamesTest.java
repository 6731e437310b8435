package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.server.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server inside the app listens on loopback; a web page in the PC's browser that re-pointed
 * its own name at 127.0.0.1 (DNS rebinding) must not be able to use it.
 */
class TheEmbeddedServerAnswersOnlyToThisPcsNamesTest {

    private static LocalServer.Running server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer().start(SyncTestbed.newDataDirectory(), LocalLab.DEMO);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestAddressedToAnotherSiteIsRefused() {
        int port = server.uri().getPort();

        RawHttp.Response login = RawHttp.send(
                port,
                "rebinding.attacker.example:" + port,
                "POST",
                "/auth/login",
                "{\"username\": \"admin@demo.lab\", \"password\": \"admin123\"}");

        assertThat(login.status()).isEqualTo(421);
        assertThat(login.body().has("access_token")).isFalse();
    }

    @Test
    void theBenchItselfIsServed() {
        int port = server.uri().getPort();

        assertThat(RawHttp.send(port, "localhost:" + port, "GET", "/health", null)
                        .status())
                .isEqualTo(200);
    }
}
