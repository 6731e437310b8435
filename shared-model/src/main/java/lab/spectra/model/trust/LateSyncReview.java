package lab.spectra.model.trust;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;

/**
 * Work on an instrument that was allowed when it was done but would not be now: the server
 * applies it (it was done in good faith) and flags it for review, so a late sync never slips a
 * run past the lockout unseen (ADR 0012).
 */
public final class LateSyncReview {

    private static final CalibrationLockout LOCKOUT = new CalibrationLockout();
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private LateSyncReview() {}

    /** Flags for a command judged at {@code judgedAt} that reached the server at {@code receivedAt}. */
    public static List<ReviewFlag> assess(Command command, DomainState state, Instant judgedAt, Instant receivedAt) {
        Optional<Instrument> instrument = instrumentOf(command, state);
        if (instrument.isEmpty()) {
            return List.of();
        }
        List<Calibration> calibrations = state.calibrationsOf(instrument.get().id());
        Optional<Calibration> inForce = CalibrationLockout.currentAt(instrument.get(), calibrations, judgedAt);
        if (inForce.isPresent()
                && inForce.get().state() == CalibrationState.REVOKED
                && inForce.get().revokedAt() != null
                && judgedAt.isBefore(inForce.get().revokedAt())) {
            return List.of(new ReviewFlag(
                    ReviewFlag.CALIBRATION_REVOKED_LATER,
                    "Made on " + WHEN.format(judgedAt) + " with certificate "
                            + inForce.get().certificateNumber()
                            + " of " + instrument.get().name() + ", which was revoked on "
                            + WHEN.format(inForce.get().revokedAt()) + " before this reached the server ("
                            + WHEN.format(receivedAt) + ")"));
        }
        if (!receivedAt.isAfter(judgedAt)) {
            return List.of();
        }
        CalibrationStatus then = LOCKOUT.evaluate(instrument.get(), calibrations, judgedAt);
        CalibrationStatus now = LOCKOUT.evaluate(instrument.get(), calibrations, receivedAt);
        if (!then.locked() && now.locked()) {
            return List.of(new ReviewFlag(
                    ReviewFlag.CALIBRATION_LAPSED_BEFORE_SYNC,
                    "Made on " + WHEN.format(judgedAt) + " while the calibration of "
                            + instrument.get().name()
                            + " was in force, but it reached the server on " + WHEN.format(receivedAt) + ": "
                            + now.message()));
        }
        return List.of();
    }

    private static Optional<Instrument> instrumentOf(Command command, DomainState state) {
        if (command instanceof StartRun start) {
            return state.instrument(start.instrumentId());
        }
        if (command instanceof RecordResult result && result.runId() != null) {
            return state.run(result.runId()).flatMap(run -> state.instrument(run.instrumentId()));
        }
        return Optional.empty();
    }
}
