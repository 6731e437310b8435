package lab.spectra.server.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

/** What {@code /.well-known/jwks.json} serves: public keys, and nothing that could sign. */
class PublishedJwksTest {

    // Every JWK member that holds private or symmetric key material (RFC 7518 §6).
    private static final List<String> SECRET_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private final TestClock clock = new TestClock();

    @Test
    void theRsaKeySetPublishesItsPublicKeyOnly() throws ParseException {
        assertPublicOnly(TokenFixtures.RS256_KEYS.publicJwks(), TokenFixtures.RS256_KEYS);
    }

    @Test
    void theEcKeySetPublishesItsPublicKeyOnly() throws ParseException {
        assertPublicOnly(TokenFixtures.ES256_KEYS.publicJwks(), TokenFixtures.ES256_KEYS);
    }

    @Test
    void aRotatedKeySetPublishesEveryKeyThatMayStillVerify() throws ParseException {
        TokenSigningKeys rotated = TokenFixtures.RS256_KEYS.rotate(SigningAlgorithm.ES256, clock);

        assertPublicOnly(rotated.publicJwks(), rotated);
        assertThat(JWKSet.parse(rotated.publicJwks()).getKeys())
                .extracting(JWK::getKeyID)
                .containsExactlyElementsOf(rotated.keyIds());
    }

    @Test
    void theDevelopmentSecretIsNeverPublished() throws ParseException {
        String published = TokenFixtures.HS256_KEYS.publicJwks();

        assertThat(JWKSet.parse(published).getKeys()).isEmpty();
        assertThat(JSONObjectUtils.parse(published)).containsOnlyKeys("keys");
        assertThat(published).doesNotContain("\"k\"").doesNotContain(TokenSigningKeys.DEV_HMAC_KEY_ID);
    }

    @Test
    void theKeyFileOnTheOtherHandHoldsThePrivateKeys() throws ParseException {
        JWKSet saved = JWKSet.parse(TokenFixtures.RS256_KEYS.toJwkSetJson());

        assertThat(saved.getKeys()).allMatch(JWK::isPrivate);
    }

    @Test
    void printingTheKeysShowsOnlyTheirIds() {
        String printed = TokenFixtures.RS256_KEYS.toString();

        assertThat(printed)
                .contains(TokenFixtures.RS256_KEYS.activeKeyId())
                .doesNotContain("\"d\"")
                .hasSizeLessThan(200);
    }

    @SuppressWarnings("unchecked")
    private static void assertPublicOnly(String published, TokenSigningKeys keys) throws ParseException {
        JWKSet set = JWKSet.parse(published);
        assertThat(set.getKeys()).hasSize(keys.keyIds().size()).noneMatch(JWK::isPrivate);
        List<Object> rawKeys = (List<Object>) JSONObjectUtils.parse(published).get("keys");
        for (Object rawKey : rawKeys) {
            Map<String, Object> members = (Map<String, Object>) rawKey;
            assertThat(members).doesNotContainKeys(SECRET_MEMBERS.toArray(String[]::new));
            assertThat(members).containsKeys("kid", "alg", "kty").containsEntry("use", "sig");
        }
    }
}
