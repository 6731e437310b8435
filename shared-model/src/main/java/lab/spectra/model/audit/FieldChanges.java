package lab.spectra.model.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * What one audit entry changed, field by field: the members of the old and the new value that
 * differ, each as an old → new pair, in field-name order. An inspector reads a record's history
 * this way (Annex 11 §9) instead of comparing two blobs of JSON by eye.
 */
public final class FieldChanges {

    private FieldChanges() {}

    /**
     * One field that differs; {@code before} or {@code after} is null when the field was absent
     * (added or removed), or when the record itself did not exist before or after the change.
     */
    public record Changed(String field, JsonNode before, JsonNode after) {

        /** The value as a person reads it: text without quotes, nothing as an empty string. */
        public static String readable(JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return "";
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }

        /** {@code "status: active → retired"}. */
        public String describe() {
            return field + ": " + readable(before) + " \u2192 " + readable(after);
        }
    }

    /**
     * The fields that differ between two versions of a record. Values that are not JSON objects
     * (a scalar, an array) are compared whole, as a field named {@code value}. Numbers compare by
     * their value, so {@code 1.0} and {@code 1.00} are no change.
     */
    public static List<Changed> between(JsonNode before, JsonNode after) {
        JsonNode older = present(before);
        JsonNode newer = present(after);
        if (!older.isObject() || !newer.isObject()) {
            if (older.isMissingNode() && newer.isObject()) {
                return fields(MissingNode.getInstance(), newer);
            }
            if (newer.isMissingNode() && older.isObject()) {
                return fields(older, MissingNode.getInstance());
            }
            return same(older, newer) ? List.of() : List.of(new Changed("value", orNull(older), orNull(newer)));
        }
        return fields(older, newer);
    }

    private static List<Changed> fields(JsonNode older, JsonNode newer) {
        TreeSet<String> names = new TreeSet<>();
        older.fieldNames().forEachRemaining(names::add);
        newer.fieldNames().forEachRemaining(names::add);
        List<Changed> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = present(older.get(name));
            JsonNode is = present(newer.get(name));
            if (!same(was, is)) {
                changes.add(new Changed(name, orNull(was), orNull(is)));
            }
        }
        return List.copyOf(changes);
    }

    /** Absent, JSON null and a missing node all mean "no value" here. */
    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? MissingNode.getInstance() : node;
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            return a.size() == b.size() && fields(a, b).isEmpty();
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            while (left.hasNext()) {
                if (!same(present(left.next()), present(right.next()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
