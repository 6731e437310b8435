package lab.spectra.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Free-form JSON columns (metadata, recipe parameters, result payloads). */
public final class JsonObjects {

    private JsonObjects() {}

    public static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Records keep their own copy, so nobody can change a row by mutating the node they passed in;
     * a missing value becomes an empty object and anything but an object is refused.
     */
    public static ObjectNode copyOrEmpty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return empty();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object but got " + node.getNodeType());
        }
        return ((ObjectNode) node).deepCopy();
    }

    /** JSON {@code null} read into a {@link JsonNode} field arrives as a NullNode; keep it plain null. */
    public static JsonNode nullToAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
