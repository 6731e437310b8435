package lab.spectra.server.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySetLoadingTest {

    @Test
    void aKeySetWithoutKidsOrAlgsGetsAlgsButNeedsKids() throws Exception {
        JWK noKid = new ECKeyGenerator(Curve.P_256).generate();
        JWK noAlg = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(noKid)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kid");
        assertThat(TokenSigningKeys.fromJwkSetJson(json(noAlg)).activeAlgorithm())
                .isEqualTo(SigningAlgorithm.ES256);
    }

    @Test
    void aSymmetricKeyInAKeyFileIsRefused() throws Exception {
        JWK secret = new OctetSequenceKeyGenerator(256).keyID("oct-1").generate();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(secret)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symmetric");
    }

    @Test
    void anRsaKeyShorterThan2048BitsIsRefused() throws Exception {
        JWK weak = new RSAKeyGenerator(1024, true).keyID("rsa-weak").generate();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(weak)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");
    }

    @Test
    void anEcKeyOnAnotherCurveThanP256IsRefused() throws Exception {
        JWK p384 = new ECKeyGenerator(Curve.P_384).keyID("ec-384").generate();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(p384)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void twoKeysWithOneKidAreRefused() throws Exception {
        JWK first = new ECKeyGenerator(Curve.P_256).keyID("same").generate();
        JWK second = new ECKeyGenerator(Curve.P_256).keyID("same").generate();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(first, second)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same");
    }

    @Test
    void aSigningKeyWithoutItsPrivateHalfIsRefused() throws Exception {
        JWK publicOnly =
                new ECKeyGenerator(Curve.P_256).keyID("ec-pub").generate().toPublicJWK();

        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson(json(publicOnly)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private");
    }

    @Test
    void olderKeysMayBePublicOnly() throws Exception {
        JWK signing = new ECKeyGenerator(Curve.P_256).keyID("ec-new").generate();
        JWK older = new ECKeyGenerator(Curve.P_256).keyID("ec-old").generate().toPublicJWK();

        TokenSigningKeys keys = TokenSigningKeys.fromJwkSetJson(json(signing, older));

        assertThat(keys.keyIds()).containsExactly("ec-new", "ec-old");
        assertThat(keys.activeKeyId()).isEqualTo("ec-new");
    }

    @Test
    void garbageAndEmptySetsAreRefused() {
        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson("not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenSigningKeys.fromJwkSetJson("{\"keys\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no keys");
    }

    @Test
    void aBrokenKeyFileNamesItselfInTheError(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("jwks.json"), "{\"keys\":[]}");

        assertThatThrownBy(() -> TokenSigningKeys.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }

    private static String json(JWK... keys) {
        return new JWKSet(List.of(keys)).toString(false);
    }
}
