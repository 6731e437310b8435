package lab.spectra.model.rundata.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The column mapping a recipe keeps for tables no dedicated importer knows (an instrument's own
 * CSV), under the recipe parameter {@value #PARAMETER}. Because it lives in the recipe's
 * parameters it is versioned, approved and pinned with the recipe, so every run of one recipe
 * version reads its files the same way, on any bench and on the server.
 */
public final class RecipeColumnMapping {

    /** The recipe parameter holding a {@link ColumnMapping} as JSON. */
    public static final String PARAMETER = "data_columns";

    private RecipeColumnMapping() {}

    /**
     * The recipe's mapping, or empty when it has none.
     *
     * @throws IllegalArgumentException when the recipe holds a mapping that is not valid, with the reason
     */
    public static Optional<ColumnMapping> of(ObjectNode recipeParameters) {
        JsonNode saved = recipeParameters == null ? null : recipeParameters.get(PARAMETER);
        if (saved == null || saved.isNull()) {
            return Optional.empty();
        }
        if (!saved.isObject()) {
            throw new IllegalArgumentException("Invalid column mapping: " + PARAMETER + " must be an object");
        }
        return Optional.of(ColumnMapping.fromJsonNode(saved));
    }

    /** The recipe parameters with {@code mapping} saved in them; the other parameters are kept. */
    public static ObjectNode savedIn(ObjectNode recipeParameters, ColumnMapping mapping) {
        ObjectNode copy = recipeParameters.deepCopy();
        copy.set(PARAMETER, mapping.toJsonNode());
        return copy;
    }
}
