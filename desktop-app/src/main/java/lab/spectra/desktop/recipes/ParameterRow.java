package lab.spectra.desktop.recipes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.ParameterSpec;
import lab.spectra.model.recipe.RecipeParameterSchema;

/** One line of a recipe's read-only parameters table: "Stop voltage", "2", "V". */
public record ParameterRow(String label, String value, String unit) {

    /** The kind's parameters first, in the form's order, then the free ones by key. */
    public static List<ParameterRow> of(InstrumentKind kind, ObjectNode parameters) {
        List<ParameterRow> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ParameterSpec spec : RecipeParameterSchema.forKind(kind)) {
            known.add(spec.key());
            if (parameters.hasNonNull(spec.key())) {
                rows.add(new ParameterRow(spec.label(), text(parameters, spec.key()), spec.unit()));
            }
        }
        List<String> free = new ArrayList<>();
        parameters.fieldNames().forEachRemaining(free::add);
        free.stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key -> rows.add(new ParameterRow(key, text(parameters, key), "")));
        return rows;
    }

    private static String text(ObjectNode parameters, String key) {
        var value = parameters.get(key);
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
