package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The refresh-token purge is housekeeping across organizations (issue 11): the application role
 * cannot call it, and even the login role, which may, removes only tokens that can no longer be
 * used, whatever cut-off it names - {@code 'infinity'} signs nobody out.
 */
class PurgingRefreshTokensNeverEndsAValidSessionTest {

    private final DemoServer demo = DemoServer.get();

    private String signIn() {
        Http.Response login =
                demo.http.post("/auth/login", null, Map.of("username", "viewer@test.org", "password", "view123"));
        assertThat(login.status()).isEqualTo(200);
        return login.body().get("refresh_token").asText();
    }

    @Test
    void theApplicationRoleCannotPurgeRefreshTokens() {
        String refreshToken = signIn();
        assertThatThrownBy(() -> {
                    try (Connection app = demo.postgres.appConnection();
                            Statement statement = app.createStatement()) {
                        statement.executeQuery("SELECT spectra_purge_refresh_tokens('infinity')");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for function spectra_purge_refresh_tokens");
        assertThat(demo.http
                        .post("/auth/refresh", null, Map.of("refresh_token", refreshToken))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPurgeUpToInfinityLeavesEverySessionThatIsStillValid() throws SQLException {
        String refreshToken = signIn();
        try (Connection login = demo.postgres.loginConnection();
                Statement statement = login.createStatement()) {
            statement
                    .executeQuery("SELECT spectra_purge_refresh_tokens('infinity')")
                    .close();
        }
        assertThat(demo.http
                        .post("/auth/refresh", null, Map.of("refresh_token", refreshToken))
                        .status())
                .isEqualTo(200);
    }
}
