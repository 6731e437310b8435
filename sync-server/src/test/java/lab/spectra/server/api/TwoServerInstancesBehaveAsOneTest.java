package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: what one instance
 * learns about failed sign-ins and ended sessions holds on the other, because it is kept in the
 * database and not in either instance's memory.
 */
class TwoServerInstancesBehaveAsOneTest {

    private static PostgresTestDatabase postgres;
    private static SyncServer first;
    private static SyncServer second;
    private static Http viaFirst;
    private static Http viaSecond;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        postgres = PostgresTestDatabase.createMigrated();
        first = SyncServer.start(DemoServer.config(postgres, false));
        second = SyncServer.start(DemoServer.config(postgres, false));
        var organization = first.parts().provisioning().createOrganization("pair", "Pair lab", null);
        for (String person : new String[] {"guessed", "leaving"}) {
            first.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            person + "@pair.test",
                            person,
                            Role.ENGINEER,
                            first.parts().passwordHasher().hash("the-right-password".toCharArray()),
                            null);
        }
        viaFirst = new Http(first.baseUri());
        viaSecond = new Http(second.baseUri());
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        postgres.close();
    }

    private static Http.Response login(Http http, String email, String password) {
        return http.post("/auth/login", null, Map.of("username", email, "password", password));
    }

    @Test
    void failuresCountedByOneInstanceBlockOnTheOther() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http http = attempt % 2 == 0 ? viaFirst : viaSecond;
            assertThat(login(http, "guessed@pair.test", "wrong-" + attempt).status())
                    .as("attempt " + attempt)
                    .isEqualTo(401);
        }

        assertThat(login(viaFirst, "guessed@pair.test", "the-right-password").status())
                .isEqualTo(429);
        assertThat(login(viaSecond, "guessed@pair.test", "the-right-password").status())
                .isEqualTo(429);
    }

    @Test
    void aSessionEndedOnOneInstanceIsRefusedOnTheOtherWithinASecond() throws InterruptedException {
        Http.Response session = login(viaFirst, "leaving@pair.test", "the-right-password");
        String access = session.body().get("access_token").asText();
        assertThat(viaSecond.get("/auth/me", access).status()).isEqualTo(200);

        assertThat(viaFirst.post(
                                "/auth/logout",
                                access,
                                Map.of(
                                        "refresh_token",
                                        session.body().get("refresh_token").asText()))
                        .status())
                .isEqualTo(204);
        long loggedOutAt = System.nanoTime();

        assertThat(viaFirst.get("/auth/me", access).status())
                .as("at once on the instance that ended it")
                .isEqualTo(401);
        int status = 200;
        while (status == 200
                && System.nanoTime() - loggedOutAt < Duration.ofSeconds(3).toNanos()) {
            status = viaSecond.get("/auth/me", access).status();
            if (status == 200) {
                Thread.sleep(20);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - loggedOutAt);
        assertThat(status).isEqualTo(401);
        assertThat(took).as("time until the other instance refused it").isLessThan(Duration.ofSeconds(1));
    }
}
