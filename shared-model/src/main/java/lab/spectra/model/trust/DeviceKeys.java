package lab.spectra.model.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's key on one workstation (ES256, P-256): made by the bench at an online sign-in, its
 * private half sealed under the person's password, its public half registered with the server.
 * The key id is the key's RFC 7638 thumbprint, so both sides name a key the same way without
 * asking each other.
 */
public final class DeviceKeys {

    public static final String PROOF_TYPE = "spectra-device-key-proof+jws";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeviceKeys() {}

    /** A new key pair whose id is its thumbprint. */
    public static ECKey generate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
            return new ECKey.Builder(key).keyID(keyIdOf(key)).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a device key", e);
        }
    }

    /** The id a key goes by: the base64url SHA-256 thumbprint of its public half. */
    public static String keyIdOf(ECKey key) {
        try {
            return key.toPublicJWK().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not compute a key thumbprint", e);
        }
    }

    /** A statement, signed with the new key, that its holder registers it for this person and bench. */
    public static String proofOfPossession(ECKey privateKey, UUID userId, UUID workstationId) {
        ObjectNode payload = JSON.createObjectNode()
                .put("user", userId.toString())
                .put("ws", workstationId.toString())
                .put("key", privateKey.getKeyID());
        return SignedStatements.sign(privateKey, PROOF_TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code proof} is the key's own statement that it is registered for this person and bench. */
    public static boolean provesPossession(String proof, ECKey publicKey, UUID userId, UUID workstationId) {
        String keyId = keyIdOf(publicKey);
        ECKey named = new ECKey.Builder(publicKey.toPublicJWK()).keyID(keyId).build();
        Optional<byte[]> payload = SignedStatements.verify(proof, PROOF_TYPE, id -> Optional.of(named));
        if (payload.isEmpty() || !keyId.equals(SignedStatements.keyIdOf(proof).orElse(null))) {
            return false;
        }
        try {
            JsonNode claims = JSON.readTree(payload.get());
            return claims != null
                    && userId.toString().equals(claims.path("user").asText())
                    && workstationId.toString().equals(claims.path("ws").asText())
                    && keyId.equals(claims.path("key").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
