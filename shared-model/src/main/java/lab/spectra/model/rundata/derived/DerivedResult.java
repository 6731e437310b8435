package lab.spectra.model.rundata.derived;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import lab.spectra.model.json.JsonObjects;

/**
 * A number computed from data by a named, versioned algorithm, with everything needed to compute
 * it again: what it was computed from, the parameters the algorithm was given, and what the
 * algorithm found on the way (points used, fit quality, correction factors).
 *
 * @param quantity what the number is ({@code resistance}, {@code sheet resistance}, {@code FWHM})
 * @param inputs the parameters given, with their units in the key ({@code window_from_v})
 * @param details intermediate values worth showing a reviewer ({@code r_squared})
 */
public record DerivedResult(
        String quantity,
        double value,
        String unit,
        AlgorithmId algorithm,
        Provenance provenance,
        ObjectNode inputs,
        ObjectNode details) {

    public DerivedResult {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(quantity + " must be a finite number");
        }
        inputs = JsonObjects.copyOrEmpty(inputs);
        details = JsonObjects.copyOrEmpty(details);
    }

    @Override
    public ObjectNode inputs() {
        return inputs.deepCopy();
    }

    @Override
    public ObjectNode details() {
        return details.deepCopy();
    }

    /**
     * The same result under the name a lab gives it, e.g. {@code Si(400) peak position} for the
     * position the peak algorithm found in the Si(400) window.
     */
    public DerivedResult named(String labQuantity) {
        return new DerivedResult(labQuantity, value, unit, algorithm, provenance, inputs, details);
    }

    /** The same result with one more input recorded, such as how its window was chosen. */
    public DerivedResult withInput(String name, String inputValue) {
        ObjectNode more = inputs.deepCopy();
        more.put(name, inputValue);
        return new DerivedResult(quantity, value, unit, algorithm, provenance, more, details);
    }

    /**
     * The JSON a run's result row keeps as its payload: algorithm, version, provenance, inputs and
     * details, so the result can be traced to its raw file and recomputed.
     */
    public ObjectNode toPayload() {
        ObjectNode payload = JsonObjects.empty();
        payload.put("quantity", quantity);
        payload.put("value", value);
        payload.put("unit", unit);
        payload.put("algorithm", algorithm.name());
        payload.put("algorithm_version", algorithm.version());
        payload.set("provenance", provenance.toJson());
        payload.set("inputs", inputs.deepCopy());
        payload.set("details", details.deepCopy());
        return payload;
    }
}
