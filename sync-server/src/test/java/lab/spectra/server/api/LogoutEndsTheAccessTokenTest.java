package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Signing out ends the session at once: its access token stops working although it has not
 * expired, and the 401 says no more than that the caller is not signed in.
 */
class LogoutEndsTheAccessTokenTest {

    private final DemoServer demo = DemoServer.get();

    private Http.Response signIn() {
        Http.Response response =
                demo.http.post("/auth/login", null, Map.of("username", "engineer@test.org", "password", "eng123"));
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    @Test
    void afterLogoutTheAccessTokenIsRefused() {
        Http.Response session = signIn();
        String access = session.body().get("access_token").asText();
        String refresh = session.body().get("refresh_token").asText();
        assertThat(demo.http.get("/auth/me", access).status()).isEqualTo(200);

        assertThat(demo.http
                        .post("/auth/logout", access, Map.of("refresh_token", refresh))
                        .status())
                .isEqualTo(204);

        Http.Response me = demo.http.get("/auth/me", access);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("not_authenticated");
        assertThat(me.message()).isEqualTo("not signed in");
    }

    @Test
    void logoutWithoutARefreshTokenStillEndsTheCallersSession() {
        String access = signIn().body().get("access_token").asText();

        assertThat(demo.http.send("POST", "/auth/logout", access, null).status())
                .isEqualTo(204);

        assertThat(demo.http.get("/auth/me", access).status()).isEqualTo(401);
    }

    @Test
    void anotherSessionOfTheSamePersonKeepsWorking() {
        Http.Response first = signIn();
        String other = signIn().body().get("access_token").asText();

        demo.http.post(
                "/auth/logout",
                first.body().get("access_token").asText(),
                Map.of("refresh_token", first.body().get("refresh_token").asText()));

        assertThat(demo.http.get("/auth/me", other).status()).isEqualTo(200);
    }
}
