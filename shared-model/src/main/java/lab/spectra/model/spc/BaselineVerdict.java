package lab.spectra.model.spc;

import java.util.Objects;

/** What a baseline gives: limits that may be frozen, or a refusal with the reason in words. */
public sealed interface BaselineVerdict {

    record Frozen(FrozenLimits limits) implements BaselineVerdict {
        public Frozen {
            Objects.requireNonNull(limits, "limits");
        }
    }

    record Refused(BaselineProblem problem, String message) implements BaselineVerdict {
        public Refused {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }
}
