package lab.spectra.model.eln;

import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.SignedStatements;

/**
 * The server's countersignature of a notebook signature (ADR 0018): an ES256 JWS by its
 * record-signing key, typed {@value #TYPE}, stating that it received this signature at this time.
 * Its payload is UTF-8 text, one item per line ({@code \n}, also after the last):
 *
 * <pre>
 * spectra-eln-countersignature-v1
 * signing-payload-sha256 &lt;SHA-256 of the SignaturePayload's bytes, lower-case hex&gt;
 * device-signature-sha256 &lt;SHA-256 of the device JWS's ASCII text, or "none" when signed online&gt;
 * received-at &lt;ISO-8601 instant in UTC, at most microseconds&gt;
 * </pre>
 *
 * So the countersignature binds the server's time to what was signed, by whom, as what, and to the
 * bench's own signature of it; anyone holding the server's published record keys can check it.
 */
public final class Countersignatures {

    public static final String TYPE = "spectra-eln-countersignature+jws";
    static final String FORMAT = "spectra-eln-countersignature-v1";

    private Countersignatures() {}

    public static String sign(ECKey recordKey, SignaturePayload payload, String deviceSignature, Instant receivedAt) {
        return SignedStatements.sign(recordKey, TYPE, bytes(payload, deviceSignature, receivedAt));
    }

    /** Whether {@code jws} is one of the server's keys' countersignature of exactly this. */
    public static boolean verifies(
            String jws, SignaturePayload payload, String deviceSignature, Instant receivedAt, PublicKeys serverKeys) {
        if (jws == null || receivedAt == null) {
            return false;
        }
        Optional<byte[]> signed = SignedStatements.verify(jws, TYPE, serverKeys);
        return signed.isPresent() && MessageDigest.isEqual(signed.get(), bytes(payload, deviceSignature, receivedAt));
    }

    static byte[] bytes(SignaturePayload payload, String deviceSignature, Instant receivedAt) {
        String text = FORMAT + "\n"
                + "signing-payload-sha256 " + sha256(payload.bytes()) + "\n"
                + "device-signature-sha256 "
                + (deviceSignature == null ? "none" : sha256(deviceSignature.getBytes(StandardCharsets.US_ASCII)))
                + "\n"
                + "received-at " + DateTimeFormatter.ISO_INSTANT.format(receivedAt.truncatedTo(ChronoUnit.MICROS))
                + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
