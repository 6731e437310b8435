package lab.spectra.server.auth.oidc;

import static lab.spectra.server.auth.oidc.OidcFixtures.PROVIDER_KEY;
import static lab.spectra.server.auth.oidc.OidcFixtures.SETTINGS;
import static lab.spectra.server.auth.oidc.OidcFixtures.providerClaims;
import static lab.spectra.server.auth.oidc.OidcFixtures.providerToken;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.PlainJWT;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.TokenFixtures;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class OidcTokensAreCheckedLikeOurOwnTest {

    private final TestClock clock = new TestClock();
    private final OidcTokenVerifier verifier = OidcFixtures.verifier(SETTINGS, clock);

    @Test
    void theProvidersIdTokenIsRejectedAsAccessToken() {
        String idToken =
                providerToken(providerClaims(clock.instant()).claim("typ", "ID").build());

        assertThat(rejectionOf(verifier.verify(idToken))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
    }

    @Test
    void theProvidersRefreshTokenIsRejectedAsAccessToken() {
        String refresh = providerToken(
                providerClaims(clock.instant()).claim("typ", "Refresh").build());
        String cognitoStyle = providerToken(providerClaims(clock.instant())
                .claim("typ", null)
                .claim("token_use", "id")
                .build());

        assertThat(rejectionOf(verifier.verify(refresh))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
        assertThat(rejectionOf(verifier.verify(cognitoStyle))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
    }

    @Test
    void aHeaderTypeOfAnotherKindOfTokenIsRejected() {
        String logoutToken = providerToken(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(PROVIDER_KEY.getKeyID())
                        .type(new JOSEObjectType("logout+jwt"))
                        .build(),
                providerClaims(clock.instant()).build());
        String accessTyped = providerToken(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(PROVIDER_KEY.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                providerClaims(clock.instant()).build());

        assertThat(rejectionOf(verifier.verify(logoutToken))).isEqualTo(TokenRejection.WRONG_TOKEN_TYPE);
        assertThat(verifier.verify(accessTyped)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIsRejected() {
        String otherIssuer = providerToken(providerClaims(clock.instant())
                .issuer("https://idp.lab.test/realms/other")
                .build());
        String otherAudience = providerToken(
                providerClaims(clock.instant()).audience("account").build());

        assertThat(rejectionOf(verifier.verify(otherIssuer))).isEqualTo(TokenRejection.WRONG_ISSUER);
        assertThat(rejectionOf(verifier.verify(otherAudience))).isEqualTo(TokenRejection.WRONG_AUDIENCE);
    }

    @Test
    void anExpiredProviderTokenIsRejected() {
        String token = providerToken(providerClaims(clock.instant()).build());

        clock.advance(Duration.ofMinutes(6));

        assertThat(rejectionOf(verifier.verify(token))).isEqualTo(TokenRejection.EXPIRED);
    }

    @Test
    void aTokenSignedWithAKeyNotInTheProvidersJwksIsRejected() {
        String ours = new TokenService(TokenFixtures.RS256_KEYS, TokenFixtures.SETTINGS, clock)
                .issueAccessToken(
                        TokenFixtures.USER,
                        TokenFixtures.ORGANIZATION,
                        Role.ADMIN,
                        TokenFixtures.EMAIL,
                        TokenFixtures.SESSION)
                .token();
        String relabelled = TokenFixtures.signedWith(
                TokenFixtures.RS256_KEYS,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-key-2").build(),
                providerClaims(clock.instant()).build());

        assertThat(rejectionOf(verifier.verify(ours))).isEqualTo(TokenRejection.UNKNOWN_KEY);
        assertThat(rejectionOf(verifier.verify(relabelled))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void anHs256TokenSignedWithTheProvidersPublicKeyIsRejected() throws Exception {
        String forged = TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(PROVIDER_KEY.getKeyID())
                        .build(),
                providerClaims(clock.instant()).build(),
                new MACSigner(PROVIDER_KEY.toPublicKey().getEncoded()));

        assertThat(rejectionOf(verifier.verify(forged))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void anUnsignedProviderTokenIsRejected() {
        String unsigned = new PlainJWT(providerClaims(clock.instant()).build()).serialize();

        assertThat(rejectionOf(verifier.verify(unsigned))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void symmetricAlgorithmsCannotBeAcceptedFromAnExternalIssuer() {
        assertThatThrownBy(() -> SETTINGS.withAlgorithms(Set.of("RS256", "HS256")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HS256");
        assertThatThrownBy(() -> SETTINGS.withAlgorithms(Set.of("none"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProvidersKeysMustBeFetchedOverHttps() throws Exception {
        assertThatThrownBy(() -> OidcTokenVerifier.withRemoteJwks(
                        SETTINGS, new URL("http://idp.lab.test/realms/spectra/protocol/openid-connect/certs"), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }
}
