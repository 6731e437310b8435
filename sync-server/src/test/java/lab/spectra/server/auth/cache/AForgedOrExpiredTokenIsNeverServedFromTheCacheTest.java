package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.AccessTokenVerifier;
import lab.spectra.server.auth.token.CachedTokenVerifier;
import lab.spectra.server.auth.token.IssuedAccessToken;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenSettings;
import lab.spectra.server.auth.token.TokenSigningKeys;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The token cache serves only a token it has seen verified, character for character, and only
 * while it is before its expiry: an edited or re-signed token, or one past its {@code exp}, is
 * checked by the real verifier and refused.
 */
class AForgedOrExpiredTokenIsNeverServedFromTheCacheTest {

    private final TestClock clock = new TestClock();
    private final TokenService tokens = new TokenService(
            TokenSigningKeys.hmacSha256("a-secret-of-the-token-cache-test-0123456789".getBytes(StandardCharsets.UTF_8)),
            TokenSettings.of("spectra-test", "spectra-api").withAccessTokenLifetime(Duration.ofMinutes(15)),
            clock);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final CachedTokenVerifier cached = new CachedTokenVerifier(counting(tokens), clock, 100);
    private final IssuedAccessToken issued = tokens.issueAccessToken(
            UUID.randomUUID(), UUID.randomUUID(), Role.TECHNICIAN, "t@lab.test", UUID.randomUUID());

    private AccessTokenVerifier counting(AccessTokenVerifier verifier) {
        return new AccessTokenVerifier() {
            @Override
            public String issuer() {
                return verifier.issuer();
            }

            @Override
            public TokenVerification verify(String token) {
                signatureChecks.incrementAndGet();
                return verifier.verify(token);
            }
        };
    }

    @Test
    void aTokenSeenBeforeIsServedWithoutCheckingItsSignatureAgain() {
        assertThat(cached.verify(issued.token())).isInstanceOf(TokenVerification.Verified.class);
        assertThat(cached.verify(issued.token())).isInstanceOf(TokenVerification.Verified.class);

        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void aTokenWithEditedClaimsButTheSameSignatureIsRefused() {
        assertThat(cached.verify(issued.token())).isInstanceOf(TokenVerification.Verified.class);
        String[] parts = issued.token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = claims.replace("\"technician\"", "\"admin\"");
        assertThat(promoted).isNotEqualTo(claims);
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(cached.verify(forged)).isInstanceOf(TokenVerification.Invalid.class);
        assertThat(cached.verify(forged)).isInstanceOf(TokenVerification.Invalid.class);
    }

    @Test
    void aTokenWithAnotherSignatureIsRefused() {
        assertThat(cached.verify(issued.token())).isInstanceOf(TokenVerification.Verified.class);
        String token = issued.token();
        char last = token.charAt(token.length() - 2);
        String resigned =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(cached.verify(resigned)).isInstanceOf(TokenVerification.Invalid.class);
    }

    @Test
    void aCachedTokenPastItsExpiryIsRefused() {
        assertThat(cached.verify(issued.token())).isInstanceOf(TokenVerification.Verified.class);

        clock.advance(
                Duration.ofMinutes(15).plus(TokenSettings.DEFAULT_CLOCK_SKEW).plusSeconds(1));

        TokenVerification afterExpiry = cached.verify(issued.token());
        assertThat(afterExpiry).isInstanceOf(TokenVerification.Invalid.class);
        assertThat(((TokenVerification.Invalid) afterExpiry).reason()).isEqualTo(TokenRejection.EXPIRED);
    }
}
