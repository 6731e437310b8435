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
 * A PI or admin sends a submitted SOP draft back with a comment (required); recorded as a {@code
 * rejected} decision in {@code sop_approvals} under {@link SopApproval#idFor} of this command.
 *
 * @param expectedRowVersion the SOP's {@code row_version} as shown to the PI; required
 */
public record RejectSop(CommandMeta meta, UUID sopId, String comment, Long expectedRowVersion) implements Command {

    public RejectSop {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.APPROVE_SOP;
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
