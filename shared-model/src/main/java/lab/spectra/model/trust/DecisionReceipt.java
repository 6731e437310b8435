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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The server's signed word that it applied these commands of one organization at {@code decidedAt}
 * (ADR 0040), one per push, in the answer to benches of sync protocol 3 and later. A bench keeps it
 * with the commands it names; if the server is restored to a time before them, the bench sends it
 * again with them, and the server decides each command whose content still hashes as named as it did
 * then: judged as received at {@code decidedAt}, not at the re-sending.
 *
 * @param applied each applied command's id and the hash of its content as decided
 */
public record DecisionReceipt(String compact, UUID organizationId, Instant decidedAt, Map<UUID, String> applied) {

    public static final String TYPE = "spectra-decision-receipt+jws";
    /** Long enough for a receipt naming every command of the largest push (500, about 110 characters each). */
    public static final int MAX_LENGTH = 131_072;

    private static final ObjectMapper JSON = new ObjectMapper();

    public DecisionReceipt {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        applied = Map.copyOf(applied);
    }

    /** Signs the receipt with the server's record-signing key. */
    public static DecisionReceipt issue(
            ECKey recordKey, UUID organizationId, Instant decidedAt, Map<UUID, String> applied) {
        Instant micros = decidedAt.truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload =
                JSON.createObjectNode().put("org", organizationId.toString()).put("t", micros.toString());
        ObjectNode commands = payload.putObject("applied");
        applied.forEach((id, hash) -> commands.put(id.toString(), hash));
        String compact =
                SignedStatements.sign(recordKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return new DecisionReceipt(compact, organizationId, micros, applied);
    }

    /** The receipt a signed statement holds, if it is one and one of {@code serverKeys} signed it. */
    public static Optional<DecisionReceipt> verify(String compact, PublicKeys serverKeys) {
        return SignedStatements.verify(compact, TYPE, serverKeys, MAX_LENGTH)
                .flatMap(payload -> read(compact, payload));
    }

    /** When the server applied this command, if this receipt names it with exactly this content. */
    public Optional<Instant> decidedAt(UUID commandId, String contentHash) {
        return contentHash.equals(applied.get(commandId)) ? Optional.of(decidedAt) : Optional.empty();
    }

    private static Optional<DecisionReceipt> read(String compact, byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || !node.isObject() || !node.path("applied").isObject()) {
                return Optional.empty();
            }
            Map<UUID, String> applied = new LinkedHashMap<>();
            node.path("applied")
                    .fields()
                    .forEachRemaining(entry -> applied.put(
                            UUID.fromString(entry.getKey()), entry.getValue().asText()));
            return Optional.of(new DecisionReceipt(
                    compact,
                    UUID.fromString(node.path("org").asText()),
                    Instant.parse(node.path("t").asText()),
                    applied));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
