package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.AUDIENCE;
import static lab.spectra.server.auth.token.TokenFixtures.EMAIL;
import static lab.spectra.server.auth.token.TokenFixtures.ISSUER;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.SESSION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.stream.Stream;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTokenRoundTripTest {

    private final TestClock clock = new TestClock();

    static Stream<TokenSigningKeys> everyKind() {
        return Stream.of(TokenFixtures.HS256_KEYS, TokenFixtures.RS256_KEYS, TokenFixtures.ES256_KEYS);
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void anIssuedTokenVerifiesWithTheClaimsItWasIssuedFor(TokenSigningKeys keys) {
        TokenService tokens = new TokenService(keys, SETTINGS, clock);

        IssuedAccessToken issued = tokens.issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION);
        TokenVerification result = tokens.verify(issued.token());

        assertThat(result).isInstanceOf(TokenVerification.Verified.class);
        AccessClaims claims = ((TokenVerification.Verified) result).claims();
        assertThat(claims.userId()).isEqualTo(USER);
        assertThat(claims.organizationId()).isEqualTo(ORGANIZATION);
        assertThat(claims.role()).isEqualTo(Role.PI);
        assertThat(claims.email()).isEqualTo(EMAIL);
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.subject()).isEqualTo(USER.toString());
        assertThat(claims.tokenId()).isEqualTo(issued.tokenId());
        assertThat(claims.issuedAt()).isEqualTo(TestClock.START);
        assertThat(claims.expiresAt()).isEqualTo(issued.expiresAt());
    }

    @Test
    void aTokenLivesFifteenMinutesByDefault() {
        TokenService tokens = new TokenService(TokenFixtures.ES256_KEYS, SETTINGS, clock);

        IssuedAccessToken issued = tokens.issueAccessToken(USER, ORGANIZATION, Role.VIEWER, EMAIL, SESSION);

        assertThat(issued.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theTokenCarriesTheDocumentedHeaderAndClaims() throws ParseException {
        TokenService tokens = new TokenService(TokenFixtures.RS256_KEYS, SETTINGS, clock);

        SignedJWT jwt = SignedJWT.parse(tokens.issueAccessToken(USER, ORGANIZATION, Role.TECHNICIAN, EMAIL, SESSION)
                .token());

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(TokenFixtures.RS256_KEYS.activeKeyId());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getJWTClaimsSet().getClaims())
                .containsKeys("iss", "aud", "sub", "org", "role", "email", "token_use", "iat", "nbf", "exp", "jti");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(AUDIENCE);
        assertThat(jwt.getJWTClaimsSet().getClaim("role")).isEqualTo("technician");
        assertThat(jwt.getJWTClaimsSet().getClaim("token_use")).isEqualTo("access");
    }

    @Test
    void aTokenStillVerifiesWithinItsLifetime() {
        TokenService tokens = new TokenService(TokenFixtures.RS256_KEYS, SETTINGS, clock);
        String token = tokens.issueAccessToken(USER, ORGANIZATION, Role.ADMIN, EMAIL, SESSION)
                .token();

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));

        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }
}
