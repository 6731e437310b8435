package lab.spectra.model.spc;

import java.util.OptionalDouble;

/**
 * What the product or the customer requires of a measured value (LSL and USL), set by people and
 * kept apart from the control limits, which are computed from the process itself. Either side may
 * be open. A value outside the specification is nonconforming whether or not the process is in
 * statistical control, and no Nelson rule looks at these limits.
 */
public record SpecificationLimits(OptionalDouble lower, OptionalDouble upper) {

    public SpecificationLimits {
        if (lower.isEmpty() && upper.isEmpty()) {
            throw new IllegalArgumentException("A specification needs a lower limit, an upper limit or both");
        }
        if (!isFiniteOrOpen(lower) || !isFiniteOrOpen(upper)) {
            throw new IllegalArgumentException("Specification limits must be finite numbers");
        }
        if (lower.isPresent() && upper.isPresent() && !(lower.getAsDouble() < upper.getAsDouble())) {
            throw new IllegalArgumentException("The lower specification limit must be below the upper one");
        }
    }

    public static SpecificationLimits between(double lower, double upper) {
        return new SpecificationLimits(OptionalDouble.of(lower), OptionalDouble.of(upper));
    }

    public static SpecificationLimits atLeast(double lower) {
        return new SpecificationLimits(OptionalDouble.of(lower), OptionalDouble.empty());
    }

    public static SpecificationLimits atMost(double upper) {
        return new SpecificationLimits(OptionalDouble.empty(), OptionalDouble.of(upper));
    }

    /** True when the value meets the specification; a value on a limit meets it. */
    public boolean conforms(double value) {
        return (lower.isEmpty() || value >= lower.getAsDouble()) && (upper.isEmpty() || value <= upper.getAsDouble());
    }

    private static boolean isFiniteOrOpen(OptionalDouble limit) {
        return limit.isEmpty() || Double.isFinite(limit.getAsDouble());
    }
}
