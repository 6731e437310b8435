package lab.spectra.model.run;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.instrument.Instrument;

/** Rules every command on an existing run shares. */
final class RunRules {

    private static final CalibrationLockout LOCKOUT = new CalibrationLockout();

    private RunRules() {}

    /** Technicians work on their own runs; engineers and above on anyone's. */
    static Optional<Rejected> operatedBy(Actor actor, Run run) {
        return Checks.failIf(
                !run.operatorId().equals(actor.userId()) && !actor.may(Action.WORK_ON_OTHERS_RUNS),
                RejectionCode.NOT_RUN_OPERATOR,
                "This run was started by someone else; only its operator or an engineer can change it");
    }

    static Optional<Rejected> running(Run run) {
        return Checks.failIf(
                run.status() != RunStatus.RUNNING,
                RejectionCode.RUN_NOT_RUNNING,
                "This run is " + run.status().name().toLowerCase(Locale.ROOT) + ", not running");
    }

    static Optional<Rejected> calibrationLockout(Instrument instrument, DomainState state, Instant at) {
        return LOCKOUT.evaluate(instrument, state.calibrationsOf(instrument.id()), at)
                .lockout();
    }

    static Optional<Run> existingRun(DomainState state, UUID runId) {
        return runId == null ? Optional.empty() : state.run(runId);
    }
}
