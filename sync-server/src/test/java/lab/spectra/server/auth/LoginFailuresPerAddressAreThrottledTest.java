package lab.spectra.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One address trying many accounts (password spraying) is blocked even though no account is. */
class LoginFailuresPerAddressAreThrottledTest {

    private static final String ATTACKER = "203.0.113.66";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void sprayAccounts(int count) {
        for (int i = 0; i < count; i++) {
            throttle.recordFailure("user" + i + "@lab.test", ATTACKER);
        }
    }

    @Test
    void nineteenFailuresOverDifferentAccountsStillAllowTheAddress() {
        sprayAccounts(19);

        assertThat(throttle.check("someone-new@lab.test", ATTACKER)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void twentyFailuresOverDifferentAccountsBlockTheAddressForEveryAccount() {
        sprayAccounts(20);

        assertThat(throttle.check("someone-new@lab.test", ATTACKER))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(1)));
    }

    @Test
    void otherAddressesAreNotAffected() {
        sprayAccounts(20);

        assertThat(throttle.check("user1@lab.test", "192.0.2.10")).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void aSuccessfulLoginDoesNotClearTheAddressesFailures() {
        sprayAccounts(19);

        throttle.recordSuccess("attackers-own@lab.test", ATTACKER);
        throttle.recordFailure("victim@lab.test", ATTACKER);

        assertThat(throttle.check("victim2@lab.test", ATTACKER)).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void whenBothAreBlockedTheLongerWaitIsReported() {
        LoginThrottle strict = new LoginThrottle(
                new LoginThrottleSettings(
                        5, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 100),
                clock);
        for (int i = 0; i < 5; i++) {
            strict.recordFailure("ada@lab.test", "192.0.2.1");
        }
        for (int i = 0; i < 7; i++) {
            strict.recordFailure("other" + i + "@lab.test", ATTACKER);
        }
        strict.recordFailure("ada@lab.test", ATTACKER);

        // account: 6 failures -> 2 min; address: 8 failures -> 8 min
        assertThat(strict.check("ada@lab.test", ATTACKER))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(8)));
    }
}
