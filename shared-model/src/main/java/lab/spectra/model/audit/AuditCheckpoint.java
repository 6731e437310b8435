package lab.spectra.model.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.SignedStatements;

/**
 * The server's signed statement that, at {@code signedAt}, entry number {@code sequence} of an
 * organization's audit trail had hash {@code headHash}. Kept outside the database (a directory, and
 * every bench that pulled it), it anchors the chain: whoever later removes entries from the
 * trail's end, or rewrites it from some point on, cannot make it agree with a checkpoint again.
 *
 * @param compact the JWS as issued, kept and passed around unchanged
 */
public record AuditCheckpoint(
        String compact, UUID organizationId, long sequence, String headHash, Instant signedAt, String keyId) {

    public static final String TYPE = "spectra-audit-checkpoint+jws";
    private static final ObjectMapper JSON = new ObjectMapper();

    public AuditCheckpoint {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(signedAt, "signedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("A checkpoint names an entry, numbered from 1");
        }
    }

    /** Signs a checkpoint with the server's record-signing key. */
    public static AuditCheckpoint issue(
            ECKey recordKey, UUID organizationId, long sequence, String headHash, Instant time) {
        Instant micros = time.truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload = JSON.createObjectNode()
                .put("org", organizationId.toString())
                .put("seq", sequence)
                .put("head", headHash)
                .put("t", micros.toString());
        String compact =
                SignedStatements.sign(recordKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return new AuditCheckpoint(compact, organizationId, sequence, headHash, micros, recordKey.getKeyID());
    }

    /** The checkpoint a signed statement holds, if it is one and its signature verifies. */
    public static Optional<AuditCheckpoint> verify(String compact, PublicKeys serverKeys) {
        return SignedStatements.verify(compact, TYPE, serverKeys).flatMap(payload -> read(compact, payload));
    }

    /** A short form of the head hash for messages. */
    public String shortHash() {
        return headHash.substring(0, Math.min(12, headHash.length()));
    }

    private static Optional<AuditCheckpoint> read(String compact, byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null
                    || !node.isObject()
                    || node.size() != 4
                    || !node.path("seq").canConvertToExactIntegral()
                    || !isSha256(node.path("head").asText())) {
                return Optional.empty();
            }
            return Optional.of(new AuditCheckpoint(
                    compact,
                    UUID.fromString(node.path("org").asText()),
                    node.path("seq").longValue(),
                    node.path("head").asText(),
                    Instant.parse(node.path("t").asText()),
                    SignedStatements.keyIdOf(compact).orElse(null)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isSha256(String text) {
        return text.length() == 64 && text.chars().allMatch(HexFormat::isHexDigit);
    }
}
