package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.RS256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.accessClaims;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedClaimsAreRejectedTest {

    private final TestClock clock = new TestClock();
    private final TokenService tokens = new TokenService(RS256_KEYS, SETTINGS, clock);

    private TokenRejection verifyWith(String claim, Object value) {
        JWTClaimsSet claims = accessClaims(clock.instant()).claim(claim, value).build();
        return rejectionOf(tokens.verify(TokenFixtures.signedWith(RS256_KEYS, claims)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "org", "role", "email", "jti"})
    void aTokenMissingARequiredClaimIsRejected(String claim) {
        assertThat(verifyWith(claim, null)).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "1-1-1-1-1", "0190f5a2-7c1e-7a11-8000-00000000000100", "", " "})
    void aSubjectThatIsNotAUuidIsRejected(String subject) {
        assertThat(verifyWith("sub", subject)).isEqualTo(TokenRejection.INVALID_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "1-1-1-1-1", "{0190f5a2-7c1e-7a11-8000-0000000000aa}"})
    void anOrganizationThatIsNotAUuidIsRejected(String organization) {
        assertThat(verifyWith("org", organization)).isEqualTo(TokenRejection.INVALID_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"superuser", "ADMIN", "Admin", "platform-admin", ""})
    void aRoleThatIsNotAKnownWireNameIsRejected(String role) {
        assertThat(verifyWith("role", role)).isEqualTo(TokenRejection.INVALID_CLAIM);
    }

    @Test
    void claimsOfTheWrongJsonTypeAreRejected() {
        assertThat(verifyWith("role", 4)).isEqualTo(TokenRejection.INVALID_CLAIM);
        assertThat(verifyWith("role", List.of("admin"))).isEqualTo(TokenRejection.INVALID_CLAIM);
        assertThat(verifyWith("org", Map.of("id", "x"))).isEqualTo(TokenRejection.INVALID_CLAIM);
        assertThat(verifyWith("email", true)).isEqualTo(TokenRejection.INVALID_CLAIM);
        assertThat(verifyWith("sub", 42)).isEqualTo(TokenRejection.INVALID_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"iss\":\"https://spectra.lab.test\",\"aud\":\"spectra-api\",\"iat\":1741593600,\"exp\":\"tomorrow\"}",
                "{\"iss\":[\"https://spectra.lab.test\"],\"aud\":\"spectra-api\"}",
                "[\"not\",\"an\",\"object\"]",
                "not json at all"
            })
    void aSignedPayloadThatIsNotAValidClaimsSetIsRejectedAsMalformed(String payload) {
        String token =
                TokenFixtures.signRaw(TokenFixtures.accessHeader(RS256_KEYS).build(), payload, RS256_KEYS.signer());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.MALFORMED);
    }
}
