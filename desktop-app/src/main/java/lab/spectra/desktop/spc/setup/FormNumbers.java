package lab.spectra.desktop.spc.setup;

/** Numbers typed into the series forms, read the way a person types them ("1,5" and "1.5" alike). */
final class FormNumbers {

    private FormNumbers() {}

    /** What a field holds: nothing, a number, or text that is not one (with what to fix). */
    sealed interface Parsed {
        record Absent() implements Parsed {}

        record Value(double value) implements Parsed {}

        record Wrong(String problem) implements Parsed {}

        default Double orNull() {
            return this instanceof Value value ? value.value() : null;
        }
    }

    /** Both specification limits, or the problem with them in words. */
    record SpecLimits(Double lower, Double upper, String problem) {}

    static Parsed decimal(String label, String text) {
        if (text == null || text.isBlank()) {
            return new Parsed.Absent();
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value)
                    ? new Parsed.Value(value)
                    : new Parsed.Wrong(label + " must be a number, e.g. 0.45");
        } catch (NumberFormatException e) {
            return new Parsed.Wrong(label + " must be a number, e.g. 0.45");
        }
    }

    static Parsed whole(String label, String text) {
        if (text == null || text.isBlank()) {
            return new Parsed.Absent();
        }
        try {
            return new Parsed.Value(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return new Parsed.Wrong(label + " must be a whole number, e.g. 20");
        }
    }

    /** Optional lower and upper specification limits; when both are given, lower below upper. */
    static SpecLimits specLimits(String lowerText, String upperText) {
        Parsed lower = decimal("The lower specification limit", lowerText);
        Parsed upper = decimal("The upper specification limit", upperText);
        if (lower instanceof Parsed.Wrong wrong) {
            return new SpecLimits(null, null, wrong.problem());
        }
        if (upper instanceof Parsed.Wrong wrong) {
            return new SpecLimits(null, null, wrong.problem());
        }
        if (lower.orNull() != null && upper.orNull() != null && lower.orNull() >= upper.orNull()) {
            return new SpecLimits(null, null, "The lower specification limit must be below the upper one");
        }
        return new SpecLimits(lower.orNull(), upper.orNull(), null);
    }
}
