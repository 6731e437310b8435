package lab.spectra.model.rundata;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Converts a unit with an SI prefix to its base unit: {@code mA} to {@code A} is 1e-3. Only the
 * prefixes instrument software writes; anything else is not guessed at.
 */
public final class Units {

    private static final Map<String, Double> PREFIXES = Map.of(
            "p", 1e-12, "n", 1e-9, "u", 1e-6, "\u00b5", 1e-6, "\u03bc", 1e-6, "m", 1e-3, "k", 1e3, "M", 1e6, "G", 1e9);

    private static final Map<String, String> SPELLED_OUT = Map.of("ohm", "\u03a9", "ohms", "\u03a9", "Ohm", "\u03a9");

    private Units() {}

    /** The factor that turns a value in {@code unit} into {@code baseUnit}, if {@code unit} is a prefixed form of it. */
    public static OptionalDouble factorTo(String unit, String baseUnit) {
        String from = normalise(unit);
        String base = normalise(baseUnit);
        if (from.equals(base)) {
            return OptionalDouble.of(1.0);
        }
        for (Map.Entry<String, Double> prefix : PREFIXES.entrySet()) {
            if (from.equals(prefix.getKey() + base)) {
                return OptionalDouble.of(prefix.getValue());
            }
        }
        return OptionalDouble.empty();
    }

    private static String normalise(String unit) {
        String trimmed = unit.strip();
        for (Map.Entry<String, String> spelling : SPELLED_OUT.entrySet()) {
            if (trimmed.endsWith(spelling.getKey())) {
                return trimmed.substring(0, trimmed.length() - spelling.getKey().length()) + spelling.getValue();
            }
        }
        return trimmed;
    }
}
