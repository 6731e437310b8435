package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.HS256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static lab.spectra.server.auth.token.TokenFixtures.accessClaims;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import lab.spectra.server.auth.session.InMemoryRefreshTokenStore;
import lab.spectra.server.auth.session.RefreshTokens;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class OnlyAccessTokensAreAcceptedTest {

    private final TestClock clock = new TestClock();
    private final TokenService tokens = new TokenService(HS256_KEYS, SETTINGS, clock);

    @Test
    void aRefreshJwtSignedWithOurKeyIsRejectedAsAccessToken() {
        String refresh = TokenFixtures.signedWith(
                HS256_KEYS,
                accessClaims(clock.instant()).claim("token_use", "refresh").build());

        assertThat(rejectionOf(tokens.verify(refresh))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
    }

    @Test
    void anIdTokenSignedWithOurKeyIsRejectedAsAccessToken() {
        JWTClaimsSet idClaims = accessClaims(clock.instant())
                .claim("token_use", null)
                .claim("nonce", "n-0S6")
                .build();
        String idToken = TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(HS256_KEYS.activeKeyId())
                        .type(JOSEObjectType.JWT)
                        .build(),
                idClaims,
                HS256_KEYS.signer());

        assertThat(rejectionOf(tokens.verify(idToken))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
    }

    @Test
    void aTokenWithAccessClaimsButNoAccessHeaderTypeIsRejected() {
        String untyped = TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(HS256_KEYS.activeKeyId())
                        .build(),
                accessClaims(clock.instant()).build(),
                HS256_KEYS.signer());

        assertThat(rejectionOf(tokens.verify(untyped))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
    }

    @Test
    void anOpaqueRefreshTokenPresentedAsAccessTokenIsRejected() {
        RefreshTokens refreshTokens = new RefreshTokens(new InMemoryRefreshTokenStore(), clock);
        String refresh = refreshTokens.issue(USER, ORGANIZATION).token();

        assertThat(rejectionOf(tokens.verify(refresh))).isEqualTo(TokenRejection.MALFORMED);
    }
}
