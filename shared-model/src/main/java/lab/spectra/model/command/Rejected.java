package lab.spectra.model.command;

import java.util.Objects;

/**
 * A refusal with a stable code for programs and a sentence for the technician, e.g.
 * {@code calibration_expired}: "Calibration expired for XRD-01 on 2026-03-01".
 */
public record Rejected(RejectionCode code, String message) implements Decision, Outcome {

    public Rejected {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
