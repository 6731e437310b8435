package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.EventStream;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.Test;

class TheStreamEndsWithItsTokenOrSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String PASSWORD = "stream-ends-password-7";

    @Test
    void theStreamEndsWhenTheAccessTokenExpiresAndThatTokenCannotOpenAnother() throws Exception {
        try (TestServer server = TestServer.start(builder -> builder.tokens(new ServerConfig.Tokens(
                "spectra-test",
                "spectra-lab",
                SigningAlgorithm.HS256,
                "test-secret-that-is-long-enough-for-hs256-0123456789",
                null,
                Duration.ofSeconds(2),
                Duration.ofDays(1))))) {
            String token = signIn(server, "short");

            try (EventStream stream = EventStream.withToken(server.server.baseUri(), token)) {
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.next(PATIENCE)).isInstanceOf(EventStream.Ended.class);
            }
            try (EventStream again = EventStream.withToken(server.server.baseUri(), token)) {
                assertThat(again.status())
                        .as("an expired token, even within the allowed clock skew, opens no stream")
                        .isEqualTo(401);
            }
        }
    }

    @Test
    void theStreamEndsWhenItsPersonSignsOut() throws Exception {
        try (TestServer server = TestServer.start()) {
            String token = signIn(server, "signs-out");

            try (EventStream stream = EventStream.withToken(server.server.baseUri(), token)) {
                assertThat(stream.status()).isEqualTo(200);
                assertThat(server.http.post("/auth/logout", token, Map.of()).status())
                        .isEqualTo(204);
                assertThat(stream.next(PATIENCE)).isInstanceOf(EventStream.Ended.class);
            }
        }
    }

    private static String signIn(TestServer server, String slug) {
        Organization organization = server.organization(slug);
        server.account(organization, "tech@" + slug + ".test", PASSWORD, Role.TECHNICIAN);
        Http.Response login = server.login("tech@" + slug + ".test", PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        return login.body().get("access_token").asText();
    }
}
