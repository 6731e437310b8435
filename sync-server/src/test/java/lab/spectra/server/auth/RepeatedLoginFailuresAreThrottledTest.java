package lab.spectra.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepeatedLoginFailuresAreThrottledTest {

    private static final String ADDRESS = "192.0.2.10";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.check(email, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
            throttle.recordFailure(email, ADDRESS);
        }
    }

    @Test
    void fourFailuresAreAllowedToBeFollowedByAnotherAttempt() {
        fail("ada@lab.test", 4);

        assertThat(throttle.check("ada@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void theFifthFailureBlocksTheAccountForAMinute() {
        fail("ada@lab.test", 5);

        assertThat(throttle.check("ada@lab.test", ADDRESS))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(1)));
    }

    @Test
    void theRetryTimeCountsDown() {
        fail("ada@lab.test", 5);

        clock.advance(Duration.ofSeconds(45));

        assertThat(throttle.check("ada@lab.test", ADDRESS))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofSeconds(15)));
    }

    @Test
    void eachFurtherFailureDoublesTheBlockUpToFifteenMinutes() {
        fail("ada@lab.test", 5);
        Duration[] expected = {
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15)
        };
        Duration block = Duration.ofMinutes(1);

        for (Duration next : expected) {
            clock.advance(block);
            fail("ada@lab.test", 1);
            assertThat(throttle.check("ada@lab.test", ADDRESS)).isEqualTo(new ThrottleDecision.Blocked(next));
            block = next;
        }
    }

    @Test
    void theEmailIsMatchedWithoutRegardToCaseOrSurroundingSpace() {
        fail("Ada@Lab.test", 2);
        fail(" ada@lab.test ", 2);
        fail("ADA@LAB.TEST", 1);

        assertThat(throttle.check("ada@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void anotherAccountFromTheSameAddressIsNotBlocked() {
        fail("ada@lab.test", 5);

        assertThat(throttle.check("grace@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void theBlockedAccountIsBlockedFromEveryAddress() {
        fail("ada@lab.test", 5);

        assertThat(throttle.check("ada@lab.test", "198.51.100.7")).isInstanceOf(ThrottleDecision.Blocked.class);
    }
}
