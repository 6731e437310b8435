package lab.spectra.model.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import lab.spectra.model.instrument.InstrumentKind;

/**
 * One difference between two versions' parameters, for a version history a person can read:
 * "Stop voltage (V): 2 → 3", "Sweep: added linear", "dwell_ms: removed (was 10)".
 *
 * @param before the earlier value, or {@code null} when the parameter was added
 * @param after  the later value, or {@code null} when it was removed
 */
public record ParameterChange(String key, String label, JsonNode before, JsonNode after) {

    public ParameterChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The parameters that differ between two versions, by key in alphabetical order (known
     * parameters labelled as the kind's form labels them).
     */
    public static List<ParameterChange> between(InstrumentKind kind, ObjectNode earlier, ObjectNode later) {
        TreeSet<String> keys = new TreeSet<>();
        if (earlier != null) {
            earlier.fieldNames().forEachRemaining(keys::add);
        }
        if (later != null) {
            later.fieldNames().forEachRemaining(keys::add);
        }
        List<ParameterChange> changes = new ArrayList<>();
        for (String key : keys) {
            JsonNode before = earlier == null ? null : earlier.get(key);
            JsonNode after = later == null ? null : later.get(key);
            if (!sameValue(before, after)) {
                String label = RecipeParameterSchema.spec(kind, key)
                        .map(ParameterSpec::labelWithUnit)
                        .orElse(key);
                changes.add(new ParameterChange(key, label, before, after));
            }
        }
        return changes;
    }

    /** One line: "Stop voltage (V): 2 → 3". */
    public String describe() {
        if (before == null) {
            return label + ": added " + text(after);
        }
        if (after == null) {
            return label + ": removed (was " + text(before) + ")";
        }
        return label + ": " + text(before) + " → " + text(after);
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
