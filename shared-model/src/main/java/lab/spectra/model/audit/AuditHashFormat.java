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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How an audit entry's hash is computed. An organization's chain starts in format 1; the entry
 * whose action is {@link #FORMAT_2_MARKER} and every entry after it are in format 2. Entries
 * keep the format they were written in for good: changing how old entries are hashed would
 * change their hashes.
 */
public enum AuditHashFormat {

    /**
     * The first format: a JSON array of the fields with object keys sorted, every number taken as
     * the nearest double. Two numbers with the same nearest double (9007199254740993 and
     * 9007199254740992) hash the same, so an edit between them went unnoticed: hence format 2.
     */
    V1 {
        @Override
        public String hash(AuditEntry entry) {
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
                    .add(formatOneValue(entry.oldValue()))
                    .add(formatOneValue(entry.newValue()))
                    .add(entry.reason());
            try {
                return sha256(FORMAT_ONE_WRITER.writeValueAsString(content));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An audit entry could not be written as JSON", e);
            }
        }
    },

    /**
     * Format 2: the SHA-256 of {@code ["spectra-audit-v2", previous hash, sequence, organization,
     * time, actor, workstation, command, action, table, record, old value, new value, reason]}
     * written canonically ({@link CanonicalJson}; the time in UTC with six fractional digits).
     * PostgreSQL computes it in {@code spectra_audit_hash_v2} when it appends an entry.
     */
    V2 {
        @Override
        public String hash(AuditEntry entry) {
            String text = "["
                    + String.join(
                            ",",
                            CanonicalJson.quote("spectra-audit-v2"),
                            CanonicalJson.quote(entry.previousHash()),
                            Long.toString(entry.sequence()),
                            CanonicalJson.quote(entry.organizationId().toString()),
                            CanonicalJson.quote(TIME.format(entry.occurredAt())),
                            quoted(entry.actorId()),
                            quoted(entry.workstationId()),
                            quoted(entry.commandId()),
                            quoted(entry.action()),
                            quoted(entry.tableName()),
                            quoted(entry.recordId()),
                            CanonicalJson.write(entry.oldValue()),
                            CanonicalJson.write(entry.newValue()),
                            quoted(entry.reason()))
                    + "]";
            return sha256(text);
        }
    };

    /** The action of the entry where an organization's chain switches to format 2. */
    public static final String FORMAT_2_MARKER = "audit:chain-format-v2";

    /** The reason the marker entry gives, as the database writes it. */
    public static final String FORMAT_2_REASON =
            "Chain format 2 starts here: numbers are hashed by their exact decimal value";

    private static final ObjectMapper FORMAT_ONE_WRITER = new ObjectMapper();

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The hash of the entry with its {@code hash} field ignored. */
    public abstract String hash(AuditEntry entry);

    /** The format of the entry after one in {@code this} format. */
    public AuditHashFormat next(AuditEntry entry) {
        return this == V1 && FORMAT_2_MARKER.equals(entry.action()) ? V2 : this;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String quoted(Object value) {
        return value == null ? "null" : CanonicalJson.quote(value.toString());
    }

    /** Format 1's form: keys sorted, numbers as doubles. Kept unchanged for entries written in it. */
    private static JsonNode formatOneValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                sorted.put(field.getKey(), formatOneValue(field.getValue()));
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            sorted.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(formatOneValue(element)));
            return result;
        }
        if (node.isNumber()) {
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
