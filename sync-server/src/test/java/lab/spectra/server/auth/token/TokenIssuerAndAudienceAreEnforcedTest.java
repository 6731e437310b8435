package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.AUDIENCE;
import static lab.spectra.server.auth.token.TokenFixtures.ES256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.accessClaims;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class TokenIssuerAndAudienceAreEnforcedTest {

    private final TestClock clock = new TestClock();
    private final TokenService tokens = new TokenService(ES256_KEYS, SETTINGS, clock);

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS,
                accessClaims(clock.instant()).issuer("https://evil.test").build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.WRONG_ISSUER);
    }

    @Test
    void aTokenWithoutIssuerIsRejected() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS, accessClaims(clock.instant()).issuer(null).build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS,
                accessClaims(clock.instant()).audience("some-other-api").build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.WRONG_AUDIENCE);
    }

    @Test
    void aTokenWithoutAudienceIsRejected() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS,
                accessClaims(clock.instant()).audience((String) null).build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aTokenForSeveralAudiencesIncludingOursIsAccepted() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS,
                accessClaims(clock.instant())
                        .audience(List.of("reporting", AUDIENCE))
                        .build());

        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void theRejectionMessageCannotForgeLogLines() {
        String token = TokenFixtures.signedWith(
                ES256_KEYS,
                accessClaims(clock.instant())
                        .issuer("https://evil.test\n2025-03-10 INFO Login of admin succeeded" + "x".repeat(1_000))
                        .build());

        TokenVerification.Invalid invalid = (TokenVerification.Invalid) tokens.verify(token);

        assertThat(invalid.code()).isEqualTo("wrong_issuer");
        assertThat(invalid.message()).doesNotContain("\n").hasSizeLessThanOrEqualTo(301);
    }
}
