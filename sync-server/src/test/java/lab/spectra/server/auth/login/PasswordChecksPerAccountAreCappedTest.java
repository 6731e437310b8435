package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * However many addresses a guesser has, one account gets at most ten password checks a minute;
 * the owner is kept out by that for at most the minute.
 */
class PasswordChecksPerAccountAreCappedTest {

    private static final String EMAIL = "ada@lab.test";

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

    private void guessFromTenAddresses() {
        for (int i = 1; i <= 10; i++) {
            on.fail(EMAIL, "203.0.113." + i, 1);
            on.clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void theEleventhCheckWithinAMinuteIsRefusedFromAnyAddress() {
        guessFromTenAddresses();

        assertThat(on.throttle.reserve(EMAIL, "203.0.113.200")).isInstanceOf(ThrottleDecision.Blocked.class);
        assertThat(on.throttle.reserve(EMAIL, "192.0.2.10")).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void theWaitEndsWhenTheOldestCheckLeavesTheMinute() {
        guessFromTenAddresses();

        assertThat(on.throttle.reserve(EMAIL, "192.0.2.10"))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofSeconds(50)));
    }

    @Test
    void aMinuteLaterTheOwnerMaySignInAgain() {
        guessFromTenAddresses();

        on.clock.advance(Duration.ofSeconds(50));

        assertThat(on.throttle.reserve(EMAIL, "192.0.2.10")).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void rightPasswordsCountTooButOtherAccountsDoNot() {
        for (int i = 0; i < 10; i++) {
            assertThat(on.throttle.reserve(EMAIL, "192.0.2.10")).isInstanceOf(ThrottleDecision.Allowed.class);
            on.throttle.succeeded(EMAIL, "192.0.2.10");
        }

        assertThat(on.throttle.reserve(EMAIL, "192.0.2.10")).isInstanceOf(ThrottleDecision.Blocked.class);
        assertThat(on.throttle.reserve("grace@lab.test", "192.0.2.10")).isInstanceOf(ThrottleDecision.Allowed.class);
    }
}
