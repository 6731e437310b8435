package lab.spectra.desktop.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before trying the server again after consecutive failures: doubling from
 * {@code first} up to {@code max}, each wait shortened by up to a fifth at random so that the
 * bench PCs of a lab do not all knock at once when the server comes back.
 */
public record Backoff(Duration first, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A backoff needs 0 < first <= max");
        }
    }

    /**
     * The wait before the next attempt.
     *
     * @param failures consecutive failures so far, at least 1
     */
    public Duration after(int failures, DoubleSupplier random) {
        if (failures < 1) {
            throw new IllegalArgumentException("Only a failure is followed by a backoff");
        }
        long limit = max.toMillis();
        long wait = first.toMillis();
        for (int doubled = 1; doubled < failures && wait < limit; doubled++) {
            wait = Math.min(wait * 2, limit);
        }
        return Duration.ofMillis(wait - (long) (wait * 0.2 * random.getAsDouble()));
    }

    public Duration after(int failures) {
        return after(failures, Math::random);
    }
}
