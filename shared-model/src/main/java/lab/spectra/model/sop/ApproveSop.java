package lab.spectra.model.sop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * A PI or admin approves a draft SOP, which makes it the procedure to follow. As with recipes,
 * neither the author of an SOP nor anyone who edited it can approve it: a second person reads
 * every procedure first. The approval is of the version the approver looked at (ADR 0010), and is
 * recorded in {@code sop_approvals} under {@link SopApproval#idFor} of this command. Approving a
 * later version retires the lineage's earlier approved ones, unless the organization keeps them
 * (ADR 0027).
 *
 * @param expectedRowVersion the SOP's {@code row_version} as shown to the approver; required
 */
public record ApproveSop(CommandMeta meta, UUID sopId, Long expectedRowVersion) implements Command {

    public ApproveSop {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.APPROVE_SOP;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return SopDecisions.check(actor, state, sopId, null, expectedRowVersion, ApprovalDecision.APPROVED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sop sop = state.sop(sopId).orElseThrow();
        Sop approved = sop.approved(actor.userId(), meta.authoredAt(), now);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Updated(sop, approved));
        changes.add(SopDecisions.record(
                actor, state, SopApproval.idFor(meta.commandId()), sop, meta, ApprovalDecision.APPROVED, null, now));
        changes.addAll(SopLineage.retiredBy(approved, actor, state, meta, now));
        return List.copyOf(changes);
    }
}
