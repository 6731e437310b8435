package lab.spectra.model.trust;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.availability.Hold;
import lab.spectra.model.availability.QualificationPermit;
import lab.spectra.model.availability.RunRequest;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.recipe.Recipe;
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
        List<ReviewFlag> flags = new ArrayList<>(calibration(command, state, judgedAt, receivedAt));
        qualification(command, state, judgedAt, receivedAt).ifPresent(flags::add);
        return flags;
    }

    /**
     * A run started while its operator was qualified, but received when they no longer are: applied
     * (the run was done by a qualified person) and flagged, so a late sync is seen.
     */
    private static Optional<ReviewFlag> qualification(
            Command command, DomainState state, Instant judgedAt, Instant receivedAt) {
        if (!(command instanceof StartRun start) || !receivedAt.isAfter(judgedAt)) {
            return Optional.empty();
        }
        Optional<Instrument> instrument = state.instrument(start.instrumentId());
        Optional<Recipe> recipe = state.recipe(start.recipeId());
        if (instrument.isEmpty() || recipe.isEmpty()) {
            return Optional.empty();
        }
        UUID operator = start.meta().authorId();
        String name = state.user(operator).map(UserAccount::displayName).orElse("The operator");
        QualificationPermit permit = new QualificationPermit();
        Optional<Hold> then =
                permit.check(new RunRequest(operator, name, instrument.get(), recipe.get(), judgedAt), state);
        Optional<Hold> now =
                permit.check(new RunRequest(operator, name, instrument.get(), recipe.get(), receivedAt), state);
        if (then.isPresent() || now.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewFlag(
                ReviewFlag.QUALIFICATION_LAPSED_BEFORE_SYNC,
                "Started on " + WHEN.format(judgedAt) + " while " + name + " was qualified, but it reached the server"
                        + " on " + WHEN.format(receivedAt) + ": " + now.get().message()));
    }

    private static List<ReviewFlag> calibration(
            Command command, DomainState state, Instant judgedAt, Instant receivedAt) {
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
