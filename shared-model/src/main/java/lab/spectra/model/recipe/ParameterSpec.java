package lab.spectra.model.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a kind of instrument knows: its key in the recipe's JSON, its label and unit, its
 * type, its allowed range or choices, and whether a recipe must set it before it is submitted.
 *
 * @param min     the smallest value allowed (numbers), or {@code null} for no bound
 * @param max     the largest value allowed (numbers), or {@code null} for no bound
 * @param choices the allowed values ({@link ParameterType#CHOICE}); empty otherwise
 */
public record ParameterSpec(
        String key,
        String label,
        String unit,
        ParameterType type,
        Double min,
        Double max,
        boolean required,
        List<String> choices) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ParameterSpec number(String key, String label, String unit, double min, double max) {
        return new ParameterSpec(key, label, unit, ParameterType.NUMBER, min, max, true, List.of());
    }

    static ParameterSpec integer(String key, String label, String unit, long min, long max) {
        return new ParameterSpec(key, label, unit, ParameterType.INTEGER, (double) min, (double) max, true, List.of());
    }

    static ParameterSpec choice(String key, String label, String... choices) {
        return new ParameterSpec(key, label, "", ParameterType.CHOICE, null, null, true, List.of(choices));
    }

    ParameterSpec optional() {
        return new ParameterSpec(key, label, unit, type, min, max, false, choices);
    }

    /** "Start voltage (V)", as a form labels the field. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /**
     * Why a value is not acceptable for this parameter, in words; empty when it is.
     *
     * @param value the value as stored in the recipe's JSON; never {@code null}
     */
    public Optional<String> problemWith(JsonNode value) {
        switch (type) {
            case NUMBER, INTEGER -> {
                if (!value.isNumber() || (type == ParameterType.INTEGER && !value.canConvertToLong())) {
                    return Optional.of(labelWithUnit() + " must be "
                            + (type == ParameterType.INTEGER ? "a whole number" : "a number"));
                }
                if (type == ParameterType.INTEGER && value.isFloatingPointNumber() && value.asDouble() % 1 != 0) {
                    return Optional.of(labelWithUnit() + " must be a whole number");
                }
                double number = value.asDouble();
                if ((min != null && number < min) || (max != null && number > max)) {
                    return Optional.of(labelWithUnit() + " must be from " + format(min) + " to " + format(max));
                }
                return Optional.empty();
            }
            case CHOICE -> {
                return value.isTextual() && choices.contains(value.asText())
                        ? Optional.empty()
                        : Optional.of(labelWithUnit() + " must be one of " + String.join(", ", choices));
            }
            default -> {
                return value.isTextual() ? Optional.empty() : Optional.of(labelWithUnit() + " must be text");
            }
        }
    }

    private static String format(Double bound) {
        if (bound == null) {
            return "any";
        }
        // "0.01" and "1e-12", never "1.0E-12": the sentence is read by technicians.
        BigDecimal exact = BigDecimal.valueOf(bound).stripTrailingZeros();
        return exact.scale() <= 6 ? exact.toPlainString() : exact.toString().replace("E", "e");
    }
}
