package lab.spectra.model.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A server-signed statement that it was a given time for one workstation of one organization.
 * The bench keeps the latest it received and puts it in every command it authors: the server then
 * knows the command cannot have been made before that time, whatever the bench's clock said.
 *
 * @param compact the JWS as issued, carried around unchanged
 */
public record TimeReceipt(String compact, UUID organizationId, UUID workstationId, Instant time, String keyId) {

    public static final String TYPE = "spectra-time-receipt+jws";
    private static final ObjectMapper JSON = new ObjectMapper();

    public TimeReceipt {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(time, "time");
    }

    /** Issues a receipt, signed with the server's record-signing key. */
    public static TimeReceipt issue(ECKey recordKey, UUID organizationId, UUID workstationId, Instant time) {
        Instant micros = time.truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload = JSON.createObjectNode()
                .put("org", organizationId.toString())
                .put("ws", workstationId.toString())
                .put("t", micros.toString());
        String compact =
                SignedStatements.sign(recordKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return new TimeReceipt(compact, organizationId, workstationId, micros, recordKey.getKeyID());
    }

    /** The receipt a signed statement holds, if it is one and its signature verifies. */
    public static Optional<TimeReceipt> verify(String compact, PublicKeys serverKeys) {
        return SignedStatements.verify(compact, TYPE, serverKeys).flatMap(payload -> read(compact, payload));
    }

    private static Optional<TimeReceipt> read(String compact, byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || !node.isObject() || node.size() != 3) {
                return Optional.empty();
            }
            return Optional.of(new TimeReceipt(
                    compact,
                    UUID.fromString(node.path("org").asText()),
                    UUID.fromString(node.path("ws").asText()),
                    Instant.parse(node.path("t").asText()),
                    SignedStatements.keyIdOf(compact).orElse(null)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
