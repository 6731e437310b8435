package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lab.spectra.model.auth.Role;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thirty wrong passwords for one account sent at the same moment from one address: the throttle
 * decides each attempt atomically, so no more than five of them get a verdict and the rest are
 * told to wait.
 */
class ParallelWrongPasswordsAreThrottledTest {

    private static final int ATTEMPTS = 30;

    private static PostgresTestDatabase postgres;
    private static SyncServer server;
    private static Http http;

    @BeforeAll
    static void serverWithOneAccount() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(DemoServer.config(postgres, false));
        var organization = server.parts().provisioning().createOrganization("parallel", "Parallel lab", null);
        server.parts()
                .provisioning()
                .createUser(
                        organization.id(),
                        "target@parallel.test",
                        "Target",
                        Role.ENGINEER,
                        server.parts().passwordHasher().hash("the-right-password".toCharArray()),
                        null);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        postgres.close();
    }

    @Test
    void atMostFiveOfThirtyParallelWrongPasswordsGetAVerdict() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(ATTEMPTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String guess = "wrong-guess-" + i;
            answers.add(clients.submit(() -> {
                start.await();
                return http.post("/auth/login", null, Map.of("username", "target@parallel.test", "password", guess));
            }));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        clients.shutdown();

        long verdicts = responses.stream().filter(r -> r.status() == 401).count();
        long throttled = responses.stream().filter(r -> r.status() == 429).count();
        assertThat(verdicts).as("wrong-password verdicts").isBetween(1L, 5L);
        assertThat(throttled).as("told to wait by the throttle").isPositive();
        assertThat(responses)
                .filteredOn(response -> response.status() != 401)
                .as("every other attempt is told when to come back: throttled, or the server too busy to check")
                .allSatisfy(response -> {
                    assertThat(response.status()).isIn(429, 503);
                    assertThat(response.raw().headers().firstValue("Retry-After"))
                            .isPresent();
                });
    }
}
