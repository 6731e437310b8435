package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * Submits an SOP draft for a PI's decision (ADR 0027).
 *
 * @param expectedRowVersion the SOP's {@code row_version} as the submitter saw it; required
 */
public record SubmitSop(CommandMeta meta, UUID sopId, Long expectedRowVersion) implements Command {

    public SubmitSop {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.WRITE_SOP_DRAFT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        throw new UnsupportedOperationException("issue 18: being written");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("issue 18: being written");
    }
}
