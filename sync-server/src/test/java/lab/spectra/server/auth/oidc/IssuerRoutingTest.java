package lab.spectra.server.auth.oidc;

import static lab.spectra.server.auth.oidc.OidcFixtures.providerClaims;
import static lab.spectra.server.auth.oidc.OidcFixtures.providerToken;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.PlainJWT;
import java.util.List;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.IssuerRoutingVerifier;
import lab.spectra.server.auth.token.TokenFixtures;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class IssuerRoutingTest {

    private final TestClock clock = new TestClock();
    private final TokenService own = new TokenService(TokenFixtures.RS256_KEYS, TokenFixtures.SETTINGS, clock);
    private final OidcTokenVerifier external = OidcFixtures.verifier(OidcFixtures.SETTINGS, clock);
    private final IssuerRoutingVerifier verifier = new IssuerRoutingVerifier(List.of(own, external));

    @Test
    void ownAndExternalTokensAreEachAcceptedByTheirIssuersVerifier() {
        String ownToken = own.issueAccessToken(
                        TokenFixtures.USER,
                        TokenFixtures.ORGANIZATION,
                        Role.ENGINEER,
                        TokenFixtures.EMAIL,
                        TokenFixtures.SESSION)
                .token();
        String externalToken = providerToken(providerClaims(clock.instant()).build());

        TokenVerification ownResult = verifier.verify(ownToken);
        TokenVerification externalResult = verifier.verify(externalToken);

        assertThat(((TokenVerification.Verified) ownResult).claims().issuer()).isEqualTo(TokenFixtures.ISSUER);
        assertThat(((TokenVerification.Verified) externalResult).claims().issuer())
                .isEqualTo(OidcFixtures.PROVIDER);
    }

    @Test
    void aTokenOfAnIssuerNobodyConfiguredIsRejected() {
        String token = providerToken(
                providerClaims(clock.instant()).issuer("https://evil.test").build());

        assertThat(rejectionOf(verifier.verify(token))).isEqualTo(TokenRejection.WRONG_ISSUER);
    }

    @Test
    void aTokenClaimingTheExternalIssuerButSignedWithOurKeyIsRejected() {
        String forged = TokenFixtures.signedWith(
                TokenFixtures.RS256_KEYS, providerClaims(clock.instant()).build());

        assertThat(rejectionOf(verifier.verify(forged))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void anUnsignedTokenIsRejectedByTheVerifierItNames() {
        String unsigned =
                new PlainJWT(TokenFixtures.accessClaims(clock.instant()).build()).serialize();

        assertThat(rejectionOf(verifier.verify(unsigned))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void garbageIsRejectedAsMalformed() {
        assertThat(rejectionOf(verifier.verify("not a token"))).isEqualTo(TokenRejection.MALFORMED);
        assertThat(rejectionOf(verifier.verify(null))).isEqualTo(TokenRejection.MALFORMED);
        assertThat(rejectionOf(verifier.verify("a.!!!.c"))).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void twoVerifiersForOneIssuerAreRefused() {
        assertThatThrownBy(() -> new IssuerRoutingVerifier(List.of(own, own)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
