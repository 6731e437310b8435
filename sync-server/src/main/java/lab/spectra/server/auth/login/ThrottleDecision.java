package lab.spectra.server.auth.login;

import java.time.Duration;
import java.util.Objects;

/** Whether a sign-in attempt may go ahead. */
public sealed interface ThrottleDecision {

    /**
     * Check the password. The attempt is already counted as a failure and as one of the account's
     * verdicts; a correct password then clears the failure ({@link LoginThrottle#succeeded}), and
     * an attempt that cannot be made after all is taken back ({@link LoginThrottle#release}).
     */
    record Allowed(LoginThrottle.Reservation reservation) implements ThrottleDecision {
        public Allowed {
            Objects.requireNonNull(reservation, "reservation");
        }
    }

    /**
     * Do not check the password; answer 429 with {@code Retry-After} (rounded up to whole seconds).
     * The answer is the same whether or not the account exists.
     */
    record Blocked(Duration retryAfter) implements ThrottleDecision {
        public Blocked {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be positive");
            }
        }
    }
}
