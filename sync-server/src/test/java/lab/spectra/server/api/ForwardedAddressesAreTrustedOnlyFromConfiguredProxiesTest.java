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
import lab.spectra.model.org.Organization;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Forwarded-For} names the client only when the request comes from a configured trusted
 * proxy; anyone else writing it does not get a fresh address per guess. Behind a trusted proxy,
 * guesses from many addresses still get at most ten verdicts a minute per account.
 */
class ForwardedAddressesAreTrustedOnlyFromConfiguredProxiesTest {

    private static TestServer direct;
    private static TestServer behindProxy;

    @BeforeAll
    static void serversWithAndWithoutATrustedProxy() {
        direct = TestServer.start();
        behindProxy = TestServer.start(builder ->
                builder.protection(ServerConfig.Protection.defaults().withTrustedProxies(List.of("127.0.0.1", "::1"))));
        for (TestServer server : List.of(direct, behindProxy)) {
            Organization lab = server.organization("proxy");
            server.account(lab, "target@proxy.test", "the-right-password", Role.ENGINEER);
            server.account(lab, "spread@proxy.test", "the-right-password", Role.ENGINEER);
        }
    }

    @AfterAll
    static void stop() {
        direct.close();
        behindProxy.close();
    }

    private static Http.Response login(TestServer server, String email, String password, String forwardedFor) {
        return server.http.post(
                "/auth/login",
                null,
                Map.of("username", email, "password", password),
                Map.of("X-Forwarded-For", forwardedFor));
    }

    @Test
    void aHeaderFromAnUntrustedPeerDoesNotGiveEachGuessANewAddress() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(direct, "target@proxy.test", "wrong-" + attempt, "203.0.113." + attempt)
                            .status())
                    .isEqualTo(401);
        }

        assertThat(login(direct, "target@proxy.test", "the-right-password", "203.0.113.99")
                        .status())
                .isEqualTo(429);
    }

    @Test
    void behindATrustedProxyEachClientIsThrottledOnItsOwn() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(behindProxy, "target@proxy.test", "wrong-" + attempt, "198.51.100.7");
        }

        assertThat(login(behindProxy, "target@proxy.test", "the-right-password", "198.51.100.7")
                        .status())
                .as("the guessing client")
                .isEqualTo(429);
        assertThat(login(behindProxy, "target@proxy.test", "the-right-password", "192.0.2.10")
                        .status())
                .as("the owner at another bench")
                .isEqualTo(200);
    }

    @Test
    void guessesFromThirtyAddressesGetAtMostTenVerdictsAMinute() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String address = "203.0.113." + i;
            answers.add(clients.submit(() -> {
                start.await();
                return login(behindProxy, "spread@proxy.test", "wrong-guess", address);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        clients.shutdown();

        assertThat(statuses.stream().filter(status -> status == 401).count()).isBetween(1L, 10L);
        assertThat(statuses).contains(429).allSatisfy(status -> assertThat(status)
                .isIn(401, 429, 503));
    }
}
