package lab.spectra.model.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The hash chain over an organization's audit trail. Each entry's hash covers its own content
 * and the previous entry's hash, so changing, removing or reordering any entry breaks every link
 * after it. The content is hashed in a canonical JSON form (object keys sorted), because the
 * database may give JSON back with its keys in another order.
 */
public final class AuditChain {

    /** The "previous hash" of an organization's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private AuditChain() {}

    public static String hash(AuditEntry entry) {
        ArrayNode content = JsonNodeFactory.instance
                .arrayNode()
                .add(entry.previousHash())
                .add(entry.sequence())
                .add(entry.organizationId().toString())
                .add(entry.occurredAt().toString())
                .add(text(entry.actorId()))
                .add(text(entry.workstationId()))
                .add(text(entry.commandId()))
                .add(entry.action())
                .add(entry.tableName())
                .add(text(entry.recordId()))
                .add(canonical(entry.oldValue()))
                .add(canonical(entry.newValue()))
                .add(entry.reason());
        try {
            return sha256(CANONICAL.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry could not be written as JSON", e);
        }
    }

    /**
     * Checks entries of one organization given in sequence order: sequence numbers 1, 2, 3, …
     * without gaps, each linked to its predecessor's hash, each hash matching its content.
     *
     * @return the first broken entry, or empty when the chain is intact
     */
    public static Optional<Break> verify(List<AuditEntry> entriesInSequenceOrder) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        for (AuditEntry entry : entriesInSequenceOrder) {
            if (entry.sequence() != expectedSequence) {
                return Optional.of(new Break(
                        entry.sequence(),
                        entry.id(),
                        "expected entry number " + expectedSequence + " here; an entry is missing or out of order"));
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return Optional.of(new Break(
                        entry.sequence(),
                        entry.id(),
                        "does not follow the entry before it; an entry was removed, inserted or reordered"));
            }
            if (!hash(entry).equals(entry.hash())) {
                return Optional.of(
                        new Break(entry.sequence(), entry.id(), "its content was changed after it was written"));
            }
            expectedPrevious = entry.hash();
            expectedSequence++;
        }
        return Optional.empty();
    }

    /** Where the chain breaks first, in words an auditor can act on. */
    public record Break(long sequence, UUID entryId, String problem) {

        public String describe() {
            return "Audit entry #" + sequence + " (" + entryId + ") " + problem;
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static JsonNode canonical(JsonNode node) {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                sorted.put(field.getKey(), canonical(field.getValue()));
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            sorted.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(canonical(element)));
            return result;
        }
        if (node.isNumber()) {
            // The database may print 1e17 as 100000000000000000 or 1e-9 as 0.000000001, and the
            // parser then picks another number type; compare every number as the double it is.
            return JsonNodeFactory.instance.numberNode(node.doubleValue());
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
