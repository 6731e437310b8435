package lab.spectra.model.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * ES256 statements in JWS compact form: what the server signs with its record-signing key (time
 * receipts, identity snapshots, audit checkpoints, countersignatures) and what a person's device
 * key signs (their commands). Each statement names its type in the {@code typ} header, so a
 * signature made for one purpose can never be passed off as another.
 */
public final class SignedStatements {

    /** The longest statement read by default: receipts, snapshots and checkpoints are far shorter. */
    public static final int MAX_LENGTH = 16_384;

    private SignedStatements() {}

    /** Signs {@code payload} as a statement of {@code type} with an EC P-256 private key. */
    public static String sign(ECKey privateKey, String type, byte[] payload) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate() || !Curve.P_256.equals(privateKey.getCurve())) {
            throw new IllegalArgumentException("An ES256 statement needs a P-256 private key");
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType(type))
                .keyID(privateKey.getKeyID())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new ECDSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a " + type + " failed", e);
        }
        return jws.serialize();
    }

    /** The key id a statement claims to be signed with, without checking anything. */
    public static Optional<String> keyIdOf(String compact) {
        return parse(compact, MAX_LENGTH).map(jws -> jws.getHeader().getKeyID());
    }

    /**
     * The payload of a statement of {@code type} whose ES256 signature verifies with the key it
     * names; empty for anything else (malformed, other type or algorithm, unknown key, bad
     * signature).
     */
    public static Optional<byte[]> verify(String compact, String type, PublicKeys keys) {
        return verify(compact, type, keys, MAX_LENGTH);
    }

    /** As {@link #verify(String, String, PublicKeys)}, for a statement type that may be longer. */
    public static Optional<byte[]> verify(String compact, String type, PublicKeys keys, int maxLength) {
        Optional<JWSObject> parsed = parse(compact, maxLength);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JWSObject jws = parsed.get();
        JWSHeader header = jws.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())
                || header.getType() == null
                || !type.equals(header.getType().getType())
                || header.getKeyID() == null
                || header.getCriticalParams() != null) {
            return Optional.empty();
        }
        Optional<ECKey> key = keys.publicKey(header.getKeyID());
        if (key.isEmpty() || !Curve.P_256.equals(key.get().getCurve())) {
            return Optional.empty();
        }
        try {
            return jws.verify(new ECDSAVerifier(key.get().toPublicJWK()))
                    ? Optional.of(jws.getPayload().toBytes())
                    : Optional.empty();
        } catch (JOSEException e) {
            return Optional.empty();
        }
    }

    private static Optional<JWSObject> parse(String compact, int maxLength) {
        if (compact == null || compact.length() > maxLength) {
            return Optional.empty();
        }
        try {
            return Optional.of(JWSObject.parse(compact));
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
