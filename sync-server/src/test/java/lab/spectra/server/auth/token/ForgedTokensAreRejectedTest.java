package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.EMAIL;
import static lab.spectra.server.auth.token.TokenFixtures.ES256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.FORGER_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.RS256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.SESSION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static lab.spectra.server.auth.token.TokenFixtures.accessClaims;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForgedTokensAreRejectedTest {

    private final TestClock clock = new TestClock();
    private final TokenService rsService = new TokenService(RS256_KEYS, SETTINGS, clock);
    private final TokenService esService = new TokenService(ES256_KEYS, SETTINGS, clock);

    @Test
    void aTokenWithAlgNoneIsRejected() {
        String unsigned = new PlainJWT(accessClaims(clock.instant()).build()).serialize();

        assertThat(rejectionOf(rsService.verify(unsigned))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void aGenuineTokenRelabelledAsUnsignedIsRejected(String none) {
        String genuine = rsService
                .issueAccessToken(USER, ORGANIZATION, Role.VIEWER, EMAIL, SESSION)
                .token();
        String relabelled = TokenFixtures.withHeader(
                genuine, "{\"alg\":\"" + none + "\",\"kid\":\"" + RS256_KEYS.activeKeyId() + "\",\"typ\":\"at+jwt\"}");
        String strippedSignature = relabelled.substring(0, relabelled.lastIndexOf('.') + 1);

        assertThat(rejectionOf(rsService.verify(relabelled))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        assertThat(rejectionOf(rsService.verify(strippedSignature))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void anHs256TokenSignedWithTheRsaPublicKeyAsSecretIsRejected() throws Exception {
        PublicKey publicKey = publishedKey(RS256_KEYS).toRSAKey().toPublicKey();

        for (byte[] secret : publicKeyEncodings(publicKey, RS256_KEYS)) {
            String forged = hmacForgery(RS256_KEYS, secret);
            assertThat(rejectionOf(rsService.verify(forged))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }
    }

    @Test
    void anHs256TokenSignedWithTheEcPublicKeyAsSecretIsRejected() throws Exception {
        PublicKey publicKey = publishedKey(ES256_KEYS).toECKey().toPublicKey();

        for (byte[] secret : publicKeyEncodings(publicKey, ES256_KEYS)) {
            String forged = hmacForgery(ES256_KEYS, secret);
            assertThat(rejectionOf(esService.verify(forged))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }
    }

    @Test
    void aTokenOfAnotherAsymmetricAlgorithmThanTheKeysIsRejected() {
        TokenService mixed = new TokenService(RS256_KEYS.rotate(SigningAlgorithm.ES256, clock), SETTINGS, clock);
        // An ES256 signature made by a forger, labelled with the kid of the (RSA) key.
        TokenSigningKeys forgerEc = TokenSigningKeys.generate(SigningAlgorithm.ES256, clock);
        String forged = TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(RS256_KEYS.activeKeyId())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                accessClaims(clock.instant()).build(),
                forgerEc.signer());

        assertThat(rejectionOf(mixed.verify(forged))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void aTokenWithATamperedPayloadIsRejected() {
        String genuine = rsService
                .issueAccessToken(USER, ORGANIZATION, Role.VIEWER, EMAIL, SESSION)
                .token();
        String payload = new Base64URL(genuine.split("\\.", -1)[1]).decodeToString();
        String promoted = payload.replace("\"viewer\"", "\"admin\"");

        assertThat(promoted).isNotEqualTo(payload);
        assertThat(rejectionOf(rsService.verify(TokenFixtures.withPayload(genuine, promoted))))
                .isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderAKnownKidIsRejected() {
        String forged = TokenFixtures.sign(
                TokenFixtures.accessHeader(RS256_KEYS).build(),
                accessClaims(clock.instant()).build(),
                FORGER_KEYS.signer());

        assertThat(rejectionOf(rsService.verify(forged))).isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void aTokenWithAnUnknownKidIsRejected() {
        String forged = TokenFixtures.signedWith(
                FORGER_KEYS, accessClaims(clock.instant()).build());

        assertThat(rejectionOf(rsService.verify(forged))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void aTokenWithoutKidIsRejected() {
        String forged = TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                accessClaims(clock.instant()).build(),
                RS256_KEYS.signer());

        assertThat(rejectionOf(rsService.verify(forged))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void aTokenCarryingItsOwnKeyInTheHeaderIsRejected() throws Exception {
        JWK forgerPublicKey = publishedKey(FORGER_KEYS);
        String withForeignKid = TokenFixtures.sign(
                TokenFixtures.accessHeader(FORGER_KEYS).jwk(forgerPublicKey).build(),
                accessClaims(clock.instant()).build(),
                FORGER_KEYS.signer());
        String withOurKid = TokenFixtures.sign(
                TokenFixtures.accessHeader(RS256_KEYS).jwk(forgerPublicKey).build(),
                accessClaims(clock.instant()).build(),
                FORGER_KEYS.signer());

        assertThat(rejectionOf(rsService.verify(withForeignKid))).isEqualTo(TokenRejection.UNKNOWN_KEY);
        assertThat(rejectionOf(rsService.verify(withOurKid))).isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "Bearer",
                "a.b",
                "a.b.c",
                "a.b.c.d.e",
                "...",
                "eyJhbGciOiJSUzI1NiJ9.e30.",
                "e30.e30.e30",
                "W10.e30.AAAA",
                "eyJhbGciOjF9.e30.AAAA"
            })
    void garbageIsRejectedAsMalformed(String garbage) {
        assertThat(rejectionOf(rsService.verify(garbage))).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void aMissingOrHugeTokenIsRejectedAsMalformed() {
        assertThat(rejectionOf(rsService.verify(null))).isEqualTo(TokenRejection.MALFORMED);
        assertThat(rejectionOf(rsService.verify("e".repeat(100_000) + ".e30.AAAA")))
                .isEqualTo(TokenRejection.MALFORMED);
    }

    private static String hmacForgery(TokenSigningKeys victim, byte[] secret) throws KeyLengthException {
        return TokenFixtures.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(victim.activeKeyId())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                accessClaims(TestClock.START).claim("role", "admin").build(),
                new MACSigner(secret));
    }

    /** The forms in which a public key is commonly found and misused as an HMAC secret. */
    private static byte[][] publicKeyEncodings(PublicKey key, TokenSigningKeys keys) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.encode(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        return new byte[][] {
            key.getEncoded(),
            pem.getBytes(StandardCharsets.US_ASCII),
            keys.publicJwks().getBytes(StandardCharsets.UTF_8),
        };
    }

    private static JWK publishedKey(TokenSigningKeys keys) throws ParseException {
        return JWKSet.parse(keys.publicJwks()).getKeyByKeyId(keys.activeKeyId());
    }
}
