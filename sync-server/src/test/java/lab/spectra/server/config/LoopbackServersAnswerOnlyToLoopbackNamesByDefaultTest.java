package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code SPECTRA_ALLOWED_HOSTS}: a development server listening on loopback answers only to this
 * PC's names unless told otherwise; a production server (on loopback behind its reverse proxy, or
 * on the network) answers to any name unless given a list.
 */
class LoopbackServersAnswerOnlyToLoopbackNamesByDefaultTest {

    private static List<String> allowedHosts(Map<String, String> base, String... settings) throws Exception {
        Path data = Files.createTempDirectory("spectra-hosts-");
        Map<String, String> environment = new HashMap<>(base);
        environment.put("SPECTRA_DATA_DIR", data.toString());
        for (int i = 0; i < settings.length; i += 2) {
            environment.put(settings[i], settings[i + 1]);
        }
        return ServerConfigLoader.load(environment).listener().allowedHosts();
    }

    private static Map<String, String> production() {
        return Map.of(
                "SPECTRA_MODE", "prod",
                "DATABASE_URL", "jdbc:postgresql://localhost:5432/spectra",
                "DATABASE_APP_USER", "spectra_app",
                "DATABASE_APP_PASSWORD", "app-secret",
                "DATABASE_LOGIN_USER", "spectra_login",
                "DATABASE_LOGIN_PASSWORD", "login-secret",
                "DATABASE_OWNER_USER", "spectra_owner",
                "DATABASE_OWNER_PASSWORD", "owner-secret",
                "SPECTRA_ISSUER", "https://lims.example.org");
    }

    @Test
    void aDevelopmentServerOnLoopbackAnswersOnlyToLoopbackNames() throws Exception {
        assertThat(allowedHosts(Map.of())).containsExactly("localhost", "127.0.0.1", "[::1]");
    }

    @Test
    void aStarAllowsAnyNameEvenOnLoopback() throws Exception {
        assertThat(allowedHosts(Map.of(), "SPECTRA_ALLOWED_HOSTS", "*")).isEmpty();
    }

    @Test
    void aProductionServerBehindItsProxyAnswersToAnyNameUnlessGivenAList() throws Exception {
        assertThat(allowedHosts(production(), "SPECTRA_HOST", "127.0.0.1")).isEmpty();
        assertThat(allowedHosts(production(), "SPECTRA_ALLOWED_HOSTS", " LIMS.example.org, lims "))
                .containsExactly("lims.example.org", "lims");
    }
}
