package lab.spectra.desktop.recipes.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Optional;
import lab.spectra.model.recipe.ParameterType;

/**
 * Between what a person types and what a recipe's JSON holds: numbers are stored as numbers
 * (whole ones as integers), so the shared checks and the run's instrument see a number, not text.
 * Text that does not read as the field's type is kept as text, which the shared check then names.
 */
final class ParameterValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ParameterValues() {}

    static Optional<JsonNode> typed(ParameterType type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        return switch (type) {
            case NUMBER, INTEGER -> Optional.of(numberOrText(value));
            case CHOICE, TEXT -> Optional.of(JSON.textNode(value));
        };
    }

    /** A free parameter: a number when it reads as one, text otherwise. */
    static Optional<JsonNode> free(String text) {
        return typed(ParameterType.NUMBER, text);
    }

    static JsonNode numberOrText(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0) {
                try {
                    long whole = number.longValueExact();
                    // Ints as the rest of the app writes them, so an unchanged value compares equal.
                    return whole == (int) whole ? JSON.numberNode((int) whole) : JSON.numberNode(whole);
                } catch (ArithmeticException tooLarge) {
                    return JSON.numberNode(number.doubleValue());
                }
            }
            return JSON.numberNode(number.doubleValue());
        } catch (NumberFormatException notANumber) {
            return JSON.textNode(value);
        }
    }

    /** A stored value as a field shows it: "2", "0.001", "linear". */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String bound(Double bound) {
        if (bound == null) {
            return "any";
        }
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
