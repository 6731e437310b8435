package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins per (account, client address), counted in PostgreSQL, block that pair with a doubling back-off. */
class RepeatedLoginFailuresAreThrottledTest {

    private static final String ADDRESS = "192.0.2.10";

    private static ThrottleOnPostgres on;

    @BeforeAll
    static void database() {
        on = new ThrottleOnPostgres();
    }

    @AfterAll
    static void drop() {
        on.close();
    }

    @BeforeEach
    void freshCounts() {
        on.reset();
    }

    @Test
    void fourFailuresAreAllowedToBeFollowedByAnotherAttempt() {
        on.fail("ada@lab.test", ADDRESS, 4);

        assertThat(on.throttle.reserve("ada@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void theFifthFailureBlocksThePairForAMinute() {
        on.fail("ada@lab.test", ADDRESS, 5);

        assertThat(on.throttle.reserve("ada@lab.test", ADDRESS))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(1)));
    }

    @Test
    void theRetryTimeCountsDown() {
        on.fail("ada@lab.test", ADDRESS, 5);

        on.clock.advance(Duration.ofSeconds(45));

        assertThat(on.throttle.reserve("ada@lab.test", ADDRESS))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofSeconds(15)));
    }

    @Test
    void eachFurtherFailureDoublesTheBlockUpToFifteenMinutes() {
        on.fail("ada@lab.test", ADDRESS, 5);
        Duration[] expected = {
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15)
        };
        Duration block = Duration.ofMinutes(1);

        for (Duration next : expected) {
            on.clock.advance(block);
            on.fail("ada@lab.test", ADDRESS, 1);
            assertThat(on.throttle.reserve("ada@lab.test", ADDRESS)).isEqualTo(new ThrottleDecision.Blocked(next));
            block = next;
        }
    }

    @Test
    void theEmailIsMatchedWithoutRegardToCaseOrSurroundingSpace() {
        on.fail("Ada@Lab.test", ADDRESS, 2);
        on.fail(" ada@lab.test ", ADDRESS, 2);
        on.fail("ADA@LAB.TEST", ADDRESS, 1);

        assertThat(on.throttle.reserve("ada@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void anotherAccountFromTheSameAddressIsNotBlocked() {
        on.fail("ada@lab.test", ADDRESS, 5);

        assertThat(on.throttle.reserve("grace@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void aColleagueGuessingFromTheirBenchDoesNotLockTheOwnerOutAtTheirs() {
        on.fail("ada@lab.test", "198.51.100.7", 5);

        assertThat(on.throttle.reserve("ada@lab.test", "198.51.100.7")).isInstanceOf(ThrottleDecision.Blocked.class);
        assertThat(on.throttle.reserve("ada@lab.test", ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }
}
