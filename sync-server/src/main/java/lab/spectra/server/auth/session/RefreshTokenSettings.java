package lab.spectra.server.auth.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes of refresh tokens.
 *
 * @param tokenLifetime   how long one token is valid; each rotation issues a new one, so an
 *                        active client stays signed in and an idle one must log in again after this
 * @param sessionLifetime how long one login lasts at most, however often it is rotated, so that a
 *                        stolen but regularly rotated token does not live for ever
 */
public record RefreshTokenSettings(Duration tokenLifetime, Duration sessionLifetime) {

    public static final RefreshTokenSettings DEFAULTS =
            new RefreshTokenSettings(Duration.ofDays(14), Duration.ofDays(90));

    public RefreshTokenSettings {
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
        if (sessionLifetime.compareTo(tokenLifetime) < 0) {
            throw new IllegalArgumentException("sessionLifetime must be at least tokenLifetime");
        }
    }
}
