package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repeated failed sign-ins are slowed down: 429 with the time to wait, even for the right password. */
class LoginThrottlingTest {

    private static PostgresTestDatabase postgres;
    private static SyncServer server;
    private static Http http;

    @BeforeAll
    static void serverWithOneAccount() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(DemoServer.config(postgres, false));
        var organization = server.parts().provisioning().createOrganization("throttle", "Throttle lab", null);
        server.parts()
                .provisioning()
                .createUser(
                        organization.id(),
                        "target@throttle.test",
                        "Target",
                        Role.ENGINEER,
                        server.parts().passwordHasher().hash("right-password".toCharArray()),
                        null);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        postgres.close();
    }

    private Http.Response login(String password) {
        return http.post("/auth/login", null, Map.of("username", "target@throttle.test", "password", password));
    }

    @Test
    void afterFiveFailuresTheAccountIsBlockedWithARetryTime() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("wrong-" + attempt).status())
                    .as("attempt " + attempt)
                    .isEqualTo(401);
        }

        Http.Response blocked = login("right-password");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("too_many_attempts");
        assertThat(blocked.body().get("retry_after_seconds").asLong()).isPositive();
        assertThat(blocked.raw().headers().firstValue("Retry-After")).isPresent();
    }
}
