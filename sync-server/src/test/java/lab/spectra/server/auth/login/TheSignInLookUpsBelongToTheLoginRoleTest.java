package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The definer functions that look across organizations before a tenant is known answer the login
 * role only (issue 11): the application role, which serves every request, can no longer ask for
 * another lab's account or password hash, while signing in over HTTP still works.
 */
class TheSignInLookUpsBelongToTheLoginRoleTest {

    private final DemoServer demo = DemoServer.get();

    private void asApplication(String sql) throws SQLException {
        try (Connection app = demo.postgres.appConnection();
                Statement statement = app.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }

    @Test
    void theApplicationRoleCannotLookUpAnotherOrganizationsAccount() {
        assertThatThrownBy(() -> asApplication("SELECT * FROM spectra_find_login('admin@test.org')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for function spectra_find_login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spectra_refresh_token_tenant", "spectra_refresh_family_tenant", "spectra_user_tenant"})
    void theApplicationRoleCannotAskWhichOrganizationAnIdBelongsTo(String function) {
        assertThatThrownBy(() -> asApplication("SELECT " + function + "(gen_random_uuid())"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for function " + function);
    }

    @Test
    void signingInOverHttpStillFindsTheAccountThroughTheLoginRole() {
        Http.Response login =
                demo.http.post("/auth/login", null, Map.of("username", "admin@test.org", "password", "admin123"));
        assertThat(login.status()).isEqualTo(200);
        Http.Response refreshed = demo.http.post(
                "/auth/refresh",
                null,
                Map.of("refresh_token", login.body().get("refresh_token").asText()));
        assertThat(refreshed.status()).isEqualTo(200);
    }
}
