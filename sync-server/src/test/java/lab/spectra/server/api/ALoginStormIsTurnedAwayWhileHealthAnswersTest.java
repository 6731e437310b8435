package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forty sign-ins at once, each for another address so the throttle lets them all through: only as
 * many passwords are hashed at a time as there are permits (each hash holds 19 MiB), the rest are
 * told at once that the server is busy, and {@code /health} answers throughout.
 */
class ALoginStormIsTurnedAwayWhileHealthAnswersTest {

    private static final int PERMITS = 2;
    private static final int STORM = 40;

    private static TestServer server;

    @BeforeAll
    static void serverWithTwoHashingPermits() {
        server = TestServer.start(
                builder -> builder.protection(ServerConfig.Protection.defaults().withPasswordHashingPermits(PERMITS)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void attemptsBeyondThePermitsAreAnswered503AtOnceAndHealthKeepsAnswering() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(STORM);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < STORM; i++) {
            String email = "nobody-" + i + "@storm.test";
            answers.add(clients.submit(() -> {
                start.await();
                return server.http.post("/auth/login", null, Map.of("username", email, "password", "guess"));
            }));
        }
        start.countDown();
        List<Long> healthMillis = new ArrayList<>();
        List<Integer> healthStatuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long begin = System.nanoTime();
            healthStatuses.add(server.http.get("/health", null).status());
            healthMillis.add(Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        clients.shutdown();

        List<Http.Response> busy =
                responses.stream().filter(r -> r.status() == 503).toList();
        assertThat(busy).as("turned away for want of a permit").isNotEmpty();
        assertThat(busy).allSatisfy(response -> {
            assertThat(response.code()).isEqualTo("server_busy");
            assertThat(response.raw().headers().firstValue("Retry-After")).contains("1");
        });
        assertThat(responses).filteredOn(r -> r.status() != 503).allSatisfy(r -> assertThat(r.status())
                .isEqualTo(401));
        assertThat(healthStatuses).containsOnly(200);
        assertThat(healthMillis).allSatisfy(millis -> assertThat(millis).isLessThan(1_000L));
    }
}
