package lab.spectra.model.run;

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

/** Ends a running run at the author's time, which cannot be before it started. */
public record FinishRun(CommandMeta meta, UUID runId) implements Command {

    public FinishRun {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.FINISH_RUN;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Optional<Run> run = RunRules.existingRun(state, runId);
        if (run.isEmpty()) {
            return Checks.notFound("The run");
        }
        return Checks.inOrder(
                () -> RunLifecycle.checkTransition(run.get(), RunStatus.FINISHED),
                () -> RunRules.operatedBy(actor, run.get()),
                () -> Checks.failIf(
                        meta.authoredAt().isBefore(run.get().startedAt()),
                        RejectionCode.FINISH_BEFORE_START,
                        "A run cannot finish before it started (" + run.get().startedAt() + ")"));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Run run = state.run(runId).orElseThrow();
        return List.of(new RowChange.Updated(run, run.finished(meta.authoredAt(), now)));
    }
}
