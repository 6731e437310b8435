package lab.spectra.desktop.runs.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import lab.spectra.model.run.Result;
import lab.spectra.model.rundata.derived.StandardDerivations;

/**
 * A result as the data tab lists it, with how it was obtained: the algorithm and its version for a
 * derived result (and the window, when a person chose it), {@code manual} for a number a person
 * typed in.
 */
public record ResultLine(String quantity, double value, String unit, String method) {

    public static final String MANUAL = "manual";

    public static ResultLine of(Result result) {
        return new ResultLine(result.quantity(), result.value(), result.unit(), methodOf(result.payload()));
    }

    /** A result without a named algorithm was typed in, whether or not its payload says so (older rows). */
    static String methodOf(ObjectNode payload) {
        if (payload == null) {
            return MANUAL;
        }
        JsonNode algorithm = payload.get("algorithm");
        if (algorithm == null || !algorithm.isTextual()) {
            return MANUAL;
        }
        JsonNode version = payload.get("algorithm_version");
        String method =
                algorithm.asText() + (version != null && version.canConvertToInt() ? " v" + version.asInt() : "");
        return method + chosenWindow(payload.path("inputs"));
    }

    /** A window a person chose is part of the method: {@code , 0.2 to 0.8 V}; a default window is not named. */
    private static String chosenWindow(JsonNode inputs) {
        if (!StandardDerivations.CHOSEN.equals(
                inputs.path(StandardDerivations.WINDOW_INPUT).asText())) {
            return "";
        }
        if (inputs.has("window_from_v")) {
            return ", " + number(inputs.get("window_from_v")) + " to " + number(inputs.get("window_to_v")) + " V";
        }
        if (inputs.has("window_from")) {
            return ", " + number(inputs.get("window_from")) + " to " + number(inputs.get("window_to")) + " "
                    + inputs.path("x_unit").asText();
        }
        return ", chosen window";
    }

    private static String number(JsonNode value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", value.asDouble()))
                .stripTrailingZeros()
                .toPlainString();
    }
}
