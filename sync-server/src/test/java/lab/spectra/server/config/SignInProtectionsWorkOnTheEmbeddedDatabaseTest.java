package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded development server (H2, as inside the desktop app for a single-PC lab) keeps the
 * throttle and the ended sessions in its database as PostgreSQL does.
 */
class SignInProtectionsWorkOnTheEmbeddedDatabaseTest {

    private static SyncServer server;
    private static Http http;

    @BeforeAll
    static void embeddedServer() throws Exception {
        server = SyncServer.start(ServerConfigLoader.load(Map.of(
                "SPECTRA_DATA_DIR",
                Files.createTempDirectory("spectra-dev-").toString(),
                "SPECTRA_DEMO_DATA",
                "true",
                "SPECTRA_PORT",
                "0")));
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Response login(String email, String password) {
        return http.post("/auth/login", null, Map.of("username", email, "password", password));
    }

    @Test
    void signingOutEndsTheAccessToken() {
        Http.Response session = login("engineer@demo.lab", "eng123");
        String access = session.body().get("access_token").asText();

        http.post(
                "/auth/logout",
                access,
                Map.of("refresh_token", session.body().get("refresh_token").asText()));

        assertThat(http.get("/auth/me", access).status()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsBlockTheNextAttempt() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("viewer@demo.lab", "wrong-" + attempt).status()).isEqualTo(401);
        }

        assertThat(login("viewer@demo.lab", "view123").status()).isEqualTo(429);
    }
}
