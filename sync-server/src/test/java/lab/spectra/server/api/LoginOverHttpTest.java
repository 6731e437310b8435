package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Sign-in, refresh with rotation and reuse detection, and sign-out, over real HTTP. */
class LoginOverHttpTest {

    private final DemoServer demo = DemoServer.get();

    private Http.Response login(String email, String password) {
        return demo.http.post("/auth/login", null, Map.of("username", email, "password", password));
    }

    @Test
    void aCorrectPasswordGivesBearerTokens() {
        Http.Response response = login("engineer@demo.lab", "eng123");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("token_type").asText()).isEqualTo("bearer");
        assertThat(response.body().get("access_token").asText()).contains(".");
        assertThat(response.body().get("refresh_token").asText()).isNotBlank();
        assertThat(response.body().get("expires_in").asLong()).isBetween(1L, 15 * 60L);
        assertThat(response.raw().headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        Http.Response wrongPassword = login("viewer@demo.lab", "guess");
        Http.Response unknown = login("nobody@demo.lab", "guess");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknown.body());
        assertThat(wrongPassword.code()).isEqualTo("invalid_credentials");
    }

    @Test
    void meDescribesTheSignedInPerson() {
        String token = login("pi@demo.lab", "pi123").body().get("access_token").asText();
        Http.Response me = demo.http.get("/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("email").asText()).isEqualTo("pi@demo.lab");
        assertThat(me.body().get("name").asText()).isEqualTo("Pia Investigator");
        assertThat(me.body().get("role").asText()).isEqualTo("pi");
        assertThat(me.body().get("organization").get("slug").asText()).isEqualTo("demo-lab");
    }

    @Test
    void refreshRotatesTheTokenAndReusingTheOldOneEndsTheSession() {
        String first =
                login("tech@demo.lab", "tech123").body().get("refresh_token").asText();

        Http.Response rotated = demo.http.post("/auth/refresh", null, Map.of("refresh_token", first));
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.body().get("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);

        Http.Response reuse = demo.http.post("/auth/refresh", null, Map.of("refresh_token", first));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("invalid_refresh_token");

        Http.Response afterReuse = demo.http.post("/auth/refresh", null, Map.of("refresh_token", second));
        assertThat(afterReuse.status())
                .as("the whole family is revoked after reuse")
                .isEqualTo(401);
    }

    @Test
    void logoutRevokesTheSession() {
        Http.Response signedIn = login("admin@demo.lab", "admin123");
        String access = signedIn.body().get("access_token").asText();
        String refresh = signedIn.body().get("refresh_token").asText();

        Http.Response logout = demo.http.post("/auth/logout", access, Map.of("refresh_token", refresh));
        assertThat(logout.status()).isEqualTo(204);

        assertThat(demo.http
                        .post("/auth/refresh", null, Map.of("refresh_token", refresh))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aGarbledRefreshTokenIsA401() {
        Http.Response response = demo.http.post("/auth/refresh", null, Map.of("refresh_token", "not-a-token"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theSigningKeysArePublishedWithoutSecrets() {
        Http.Response jwks = demo.http.get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body().get("keys").isArray()).isTrue();
        assertThat(jwks.body().toString()).doesNotContain("\"k\"").doesNotContain("\"d\"");
    }

    @Test
    void anUnknownRouteIsAJson404() {
        Http.Response response = demo.http.get("/api/nothing-here", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }
}
