package lab.spectra.server.auth.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Remembers the tokens another verifier has accepted, so that checking a token presented again
 * costs a map look-up instead of a signature check (ES256 is most of an authenticated request).
 *
 * <p>Only accepted tokens are kept, under the exact text that was verified: a token differing in
 * any character (a forged signature, edited claims) is not found and goes to the real verifier.
 * An entry is used only while its token is before its {@code exp} by this server's clock, and is
 * dropped at that time; after it, the token is checked afresh (and refused). The cache holds what
 * a token says, not whether its session or its person may still act: those are checked on every
 * request ({@code SessionRevocations}, the person's current account).
 */
public final class CachedTokenVerifier implements AccessTokenVerifier {

    /** Enough for every signed-in person of a large site, at a few hundred bytes each. */
    public static final int DEFAULT_MAXIMUM_TOKENS = 20_000;

    private final AccessTokenVerifier verifier;
    private final Clock clock;
    private final Cache<String, AccessClaims> accepted;

    public CachedTokenVerifier(AccessTokenVerifier verifier, Clock clock, int maximumTokens) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accepted = Caffeine.newBuilder()
                .maximumSize(maximumTokens)
                .expireAfter(new UntilTokenExpires(clock))
                .build();
    }

    @Override
    public String issuer() {
        return verifier.issuer();
    }

    @Override
    public TokenVerification verify(String token) {
        if (token == null) {
            return verifier.verify(null);
        }
        AccessClaims known = accepted.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expiresAt())) {
            return new TokenVerification.Verified(known);
        }
        TokenVerification verification = verifier.verify(token);
        if (verification instanceof TokenVerification.Verified verified
                && clock.instant().isBefore(verified.claims().expiresAt())) {
            accepted.put(token, verified.claims());
        }
        return verification;
    }

    /** How many accepted tokens are remembered now (for tests and metrics). */
    public long size() {
        accepted.cleanUp();
        return accepted.estimatedSize();
    }

    /** Each entry lives until its token's {@code exp} as this server's clock reads now. */
    private record UntilTokenExpires(Clock clock) implements Expiry<String, AccessClaims> {

        @Override
        public long expireAfterCreate(String token, AccessClaims claims, long currentTime) {
            return nanosUntil(claims.expiresAt());
        }

        @Override
        public long expireAfterUpdate(String token, AccessClaims claims, long currentTime, long currentDuration) {
            return nanosUntil(claims.expiresAt());
        }

        @Override
        public long expireAfterRead(String token, AccessClaims claims, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long nanosUntil(Instant expiresAt) {
            Duration left = Duration.between(clock.instant(), expiresAt);
            return left.isNegative() ? 0 : left.toNanos();
        }
    }
}
