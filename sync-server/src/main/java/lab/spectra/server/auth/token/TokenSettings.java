package lab.spectra.server.auth.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How this server issues and checks its own access tokens.
 *
 * @param issuer              the {@code iss}: the server's public base URL
 * @param audience            the {@code aud}: the API these tokens are for
 * @param accessTokenLifetime how long a token is valid; short, because a token cannot be revoked
 *                            before it expires (refresh tokens can)
 * @param clockSkew           tolerance for clocks of issuing and checking hosts disagreeing
 */
public record TokenSettings(String issuer, String audience, Duration accessTokenLifetime, Duration clockSkew) {

    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    // A revoked user keeps access until the token expires, so a long lifetime is a real risk.
    private static final Duration MAX_ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public TokenSettings {
        requireText(issuer, "issuer");
        requireText(audience, "audience");
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (accessTokenLifetime.compareTo(Duration.ofSeconds(1)) < 0
                || accessTokenLifetime.compareTo(MAX_ACCESS_TOKEN_LIFETIME) > 0) {
            throw new IllegalArgumentException("accessTokenLifetime must be between 1 s and "
                    + MAX_ACCESS_TOKEN_LIFETIME + ", was " + accessTokenLifetime);
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException(
                    "clockSkew must be between 0 and " + MAX_CLOCK_SKEW + ", was " + clockSkew);
        }
    }

    /** Settings with a 15-minute token lifetime and 30 seconds of clock skew. */
    public static TokenSettings of(String issuer, String audience) {
        return new TokenSettings(issuer, audience, DEFAULT_ACCESS_TOKEN_LIFETIME, DEFAULT_CLOCK_SKEW);
    }

    public TokenSettings withAccessTokenLifetime(Duration lifetime) {
        return new TokenSettings(issuer, audience, lifetime, clockSkew);
    }

    public TokenSettings withClockSkew(Duration skew) {
        return new TokenSettings(issuer, audience, accessTokenLifetime, skew);
    }

    public static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
