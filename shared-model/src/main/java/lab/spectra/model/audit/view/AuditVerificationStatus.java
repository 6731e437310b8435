package lab.spectra.model.audit.view;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a background verification of an organization's audit trail stands, and what it found.
 *
 * @param checked          entries checked so far
 * @param toCheck          entries it will check in all (those after its starting point)
 * @param incremental      whether it started from a signed checkpoint instead of the first entry
 * @param fromSequence     the checkpoint's entry it started after; 0 for a full check
 * @param verdict          OK, BROKEN, TRUNCATED or REWRITTEN once done; null while running or
 *                         when it failed
 * @param description      the verdict (or the failure) in words
 * @param brokenSequence   the first broken entry's number, when the verdict is BROKEN
 */
public record AuditVerificationStatus(
        UUID id,
        State state,
        long checked,
        long toCheck,
        boolean incremental,
        long fromSequence,
        Instant checkpointSignedAt,
        String verdict,
        String description,
        Long brokenSequence,
        Instant startedAt,
        Instant finishedAt) {

    /** A verification is running, done (with a verdict), or failed (could not finish). */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** Whether it has stopped, with a verdict or without. */
    public boolean finished() {
        return state != State.RUNNING;
    }

    /** Between 0 and 1, for a progress bar. */
    public double progress() {
        if (finished()) {
            return 1.0;
        }
        return toCheck <= 0 ? 0.0 : Math.min(1.0, (double) checked / toCheck);
    }
}
