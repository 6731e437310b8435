package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of invented e-mail addresses leaves rows behind; housekeeping removes them once they no
 * longer count, and keeps what still does.
 */
class ThrottleCountsArePurgedTest {

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
    void countsThatNoLongerMatterAreDeleted() {
        for (int i = 0; i < 50; i++) {
            on.fail("invented-" + i + "@lab.test", "192.0.2.10", 1);
        }

        on.clock.advance(Duration.ofMinutes(16));
        on.throttle.purge();

        assertThat(on.rows("login_verdicts")).isZero();
        assertThat(on.rows("login_failures")).isZero();
        assertThat(on.rows("login_accounts")).isZero();
    }

    @Test
    void aLongBackOffIsRememberedUntilFifteenQuietMinutesHavePassed() {
        on.fail("ada@lab.test", "192.0.2.10", 5);
        for (Duration block : new Duration[] {
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)
        }) {
            on.clock.advance(block);
            on.fail("ada@lab.test", "192.0.2.10", 1);
        }
        // Blocked for 15 minutes now; one minute after that block ends the count still matters.
        on.clock.advance(Duration.ofMinutes(16));

        on.throttle.purge();

        assertThat(on.rows("login_failures")).isEqualTo(1);
        on.fail("ada@lab.test", "192.0.2.10", 1);
        assertThat(on.throttle.reserve("ada@lab.test", "192.0.2.10"))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(15)));
    }
}
