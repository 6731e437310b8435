package lab.spectra.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginFailuresAreForgottenTest {

    private static final String ADDRESS = "192.0.2.10";
    private static final String EMAIL = "ada@lab.test";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(EMAIL, ADDRESS);
        }
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        fail(4);

        throttle.recordSuccess(EMAIL, ADDRESS);
        fail(4);

        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void aSuccessfulLoginAfterABlockStartsTheAccountAfresh() {
        fail(5);
        clock.advance(Duration.ofMinutes(1));

        throttle.recordSuccess(EMAIL, ADDRESS);
        fail(1);

        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void failuresFurtherApartThanFifteenMinutesDoNotAddUp() {
        fail(4);
        clock.advance(Duration.ofMinutes(15));

        fail(4);

        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void failuresWithinFifteenMinutesAddUp() {
        fail(4);
        clock.advance(Duration.ofMinutes(14));

        fail(1);

        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void afterABlockTheCountIsKeptUntilTheAccountHasBeenQuietForFifteenMinutes() {
        fail(5);
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);

        fail(1);

        assertThat(throttle.check(EMAIL, ADDRESS)).isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(2)));
    }

    @Test
    void fifteenQuietMinutesAfterABlockForgiveEverything() {
        fail(5);
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)));

        fail(4);

        assertThat(throttle.check(EMAIL, ADDRESS)).isInstanceOf(ThrottleDecision.Allowed.class);
    }
}
