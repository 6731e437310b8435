package lab.spectra.model.eln;

import com.nimbusds.jose.jwk.ECKey;
import java.security.MessageDigest;
import java.util.Optional;
import lab.spectra.model.trust.SignedStatements;

/**
 * A signer's device-key signature of a notebook entry (ADR 0018): an ES256 JWS in compact form
 * whose payload is exactly the {@link SignaturePayload} (a notebook {@link SigningPayload} or a run
 * review's), typed {@value #TYPE} so that it can never
 * be passed off as a signed command or any other statement.
 */
public final class DeviceSignatures {

    public static final String TYPE = "spectra-eln-signature+jws";

    private DeviceSignatures() {}

    /** Signs with the device key re-derived from the password the signer just typed. */
    public static String sign(ECKey deviceKey, SignaturePayload payload) {
        return SignedStatements.sign(deviceKey, TYPE, payload.bytes());
    }

    /** The device key a signature names (its thumbprint id), unchecked. */
    public static Optional<String> keyIdOf(String jws) {
        return SignedStatements.keyIdOf(jws);
    }

    /** Whether {@code jws} is {@code key}'s signature of exactly {@code payload}. */
    public static boolean verifies(String jws, SignaturePayload payload, ECKey key) {
        Optional<byte[]> signed = SignedStatements.verify(
                jws, TYPE, keyId -> keyId.equals(key.getKeyID()) ? Optional.of(key) : Optional.empty());
        return signed.isPresent() && MessageDigest.isEqual(signed.get(), payload.bytes());
    }
}
