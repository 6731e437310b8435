package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A right password, or fifteen quiet minutes, and the pair starts afresh. */
class LoginFailuresAreForgottenTest {

    private static final String ADDRESS = "192.0.2.10";
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

    private void fail(int times) {
        on.fail(EMAIL, ADDRESS, times);
    }

    private ThrottleDecision next() {
        return on.throttle.reserve(EMAIL, ADDRESS);
    }

    @Test
    void aSuccessfulLoginClearsThePairsFailures() {
        fail(4);

        on.throttle.reserve(EMAIL, ADDRESS);
        on.throttle.succeeded(EMAIL, ADDRESS);
        on.clock.advance(Duration.ofMinutes(1));
        fail(4);

        assertThat(next()).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void aRightPasswordAsTheFifthAttemptLiftsTheBlockItWouldHaveEarned() {
        fail(4);

        assertThat(next()).isInstanceOf(ThrottleDecision.Allowed.class);
        on.throttle.succeeded(EMAIL, ADDRESS);

        assertThat(next()).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void failuresFurtherApartThanFifteenMinutesDoNotAddUp() {
        fail(4);
        on.clock.advance(Duration.ofMinutes(15));

        fail(4);

        assertThat(next()).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void failuresWithinFifteenMinutesAddUp() {
        fail(4);
        on.clock.advance(Duration.ofMinutes(14));

        fail(1);

        assertThat(next()).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void afterABlockTheCountIsKeptUntilThePairHasBeenQuietForFifteenMinutes() {
        fail(5);
        on.clock.advance(Duration.ofMinutes(1));

        fail(1);

        assertThat(next()).isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(2)));
    }

    @Test
    void fifteenQuietMinutesAfterABlockForgiveEverything() {
        fail(5);
        on.clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)));

        fail(4);

        assertThat(next()).isInstanceOf(ThrottleDecision.Allowed.class);
    }
}
