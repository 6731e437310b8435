package lab.spectra.server.auth;

import java.time.Duration;
import java.util.Objects;

/** Whether a login attempt may go ahead. */
public sealed interface ThrottleDecision {

    /** Check the password. */
    record Allowed() implements ThrottleDecision {}

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
