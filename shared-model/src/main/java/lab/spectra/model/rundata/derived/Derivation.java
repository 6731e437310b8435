package lab.spectra.model.rundata.derived;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An algorithm's answer: the results it computed, or why it could not compute any. */
public sealed interface Derivation {

    /** One computation can give several results, e.g. a peak's position, FWHM and height. */
    record Computed(List<DerivedResult> results) implements Derivation {

        public Computed {
            results = List.copyOf(results);
            if (results.isEmpty()) {
                throw new IllegalArgumentException("A computation yields at least one result");
            }
        }

        /** The result for {@code quantity}. */
        public DerivedResult result(String quantity) {
            return results.stream()
                    .filter(result -> result.quantity().equals(quantity))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No result for " + quantity));
        }
    }

    /** The data or the parameters do not allow a meaningful result; nothing is recorded. */
    record Refused(Reason reason, String message) implements Derivation {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        public String code() {
            return reason.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why an algorithm refused. */
    enum Reason {
        MISSING_TRACE,
        WRONG_UNIT,
        INVALID_PARAMETER,
        TOO_FEW_POINTS,
        NO_SLOPE,
        OUTSIDE_CORRECTION_TABLE,
        NO_PEAK,
        PEAK_NOT_RESOLVED,
        UNSORTED_DATA
    }

    /** For callers that know the computation succeeds (tests, demo data). */
    default Computed orElseThrow() {
        if (this instanceof Computed computed) {
            return computed;
        }
        Refused refused = (Refused) this;
        throw new IllegalStateException(refused.code() + ": " + refused.message());
    }

    static Derivation refused(Reason reason, String message) {
        return new Refused(reason, message);
    }
}
