package lab.spectra.model.run;

import static lab.spectra.model.command.Checks.clean;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/** Stops a run that will not be completed; the reason is kept for the record. */
public record AbortRun(CommandMeta meta, UUID runId, String reason) implements Command {

    public AbortRun {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.ABORT_RUN;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(() -> Checks.requiredText("The reason for aborting", reason, 2000));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Run> run = RunRules.existingRun(state, runId);
        if (run.isEmpty()) {
            return Checks.notFound("The run");
        }
        return Checks.inOrder(
                () -> RunLifecycle.checkTransition(run.get(), RunStatus.ABORTED),
                () -> RunRules.operatedBy(actor, run.get()),
                () -> Checks.failIf(
                        run.get().startedAt() != null
                                && meta.authoredAt().isBefore(run.get().startedAt()),
                        RejectionCode.FINISH_BEFORE_START,
                        "A run cannot end before it started (" + run.get().startedAt() + ")"));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Run run = state.run(runId).orElseThrow();
        return List.of(new RowChange.Updated(run, run.aborted(clean(reason), meta.authoredAt(), now)));
    }
}
