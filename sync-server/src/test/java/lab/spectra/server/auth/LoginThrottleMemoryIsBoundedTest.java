package lab.spectra.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginThrottleMemoryIsBoundedTest {

    private final TestClock clock = new TestClock();

    @Test
    void aFloodOfInventedEmailsKeepsAtMostTheConfiguredNumberOfEntries() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottleSettings.DEFAULTS.withMaxTrackedKeys(100), clock);

        for (int i = 0; i < 5_000; i++) {
            throttle.recordFailure("invented" + i + "@lab.test", "198.51.100." + (i % 250));
        }

        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(200);
    }

    @Test
    void aRepeatedlyFailingAccountStaysTrackedWhileOthersArePushedOut() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottleSettings.DEFAULTS.withMaxTrackedKeys(100), clock);

        for (int i = 0; i < 1_000; i++) {
            throttle.recordFailure("invented" + i + "@lab.test", "198.51.100.1");
            if (i % 50 == 0) {
                throttle.recordFailure("target@lab.test", "192.0.2.1");
            }
        }

        assertThat(throttle.check("target@lab.test", "192.0.2.2")).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void forgottenEntriesAreDroppedWhenNextLookedAt() {
        LoginThrottle throttle = new LoginThrottle(clock);
        throttle.recordFailure("ada@lab.test", "192.0.2.1");
        clock.advance(Duration.ofMinutes(16));

        throttle.check("ada@lab.test", "192.0.2.1");

        assertThat(throttle.trackedKeys()).isZero();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        LoginThrottle throttle = new LoginThrottle(
                new LoginThrottleSettings(
                        400, 10_000, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 10_000),
                clock);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> work = () -> {
                    start.await();
                    for (int i = 0; i < 100; i++) {
                        throttle.recordFailure("shared@lab.test", "192.0.2." + thread);
                        throttle.check("other" + i + "@lab.test", "192.0.2." + thread);
                    }
                    return null;
                };
                done.add(executor.submit(work));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        // Exactly 400 failures reach the limit of 400: one fewer and the account would be allowed.
        assertThat(throttle.check("shared@lab.test", "192.0.2.99"))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(1)));
    }
}
