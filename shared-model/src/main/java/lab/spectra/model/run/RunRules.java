package lab.spectra.model.run;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.availability.RunAvailability;
import lab.spectra.model.availability.RunRequest;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;

/** Rules every command on an existing run shares. */
public final class RunRules {

    private RunRules() {}

    /** Technicians work on their own runs; engineers and above on anyone's. */
    public static Optional<Rejected> operatedBy(Actor actor, Run run) {
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

    /** Results need the instrument's calibration still in force (the availability model's part for results). */
    static Optional<Rejected> availableForResults(
            Actor actor, Run run, Instrument instrument, DomainState state, Instant at) {
        Optional<Recipe> recipe = state.recipe(run.recipeId());
        if (recipe.isEmpty()) {
            return Optional.of(Checks.notFound("The run's recipe"));
        }
        return RunAvailability.toRecordResults()
                .refusal(new RunRequest(actor.userId(), actor.displayName(), instrument, recipe.get(), at), state);
    }

    static Optional<Run> existingRun(DomainState state, UUID runId) {
        return runId == null ? Optional.empty() : state.run(runId);
    }
}
