package lab.spectra.model.sop;

import static lab.spectra.model.command.Checks.clean;

import java.time.Instant;
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
 * A PI or admin sends an SOP draft back with a comment (required): it stays a draft, is no longer
 * submitted, and shows the comment; recorded as a {@code rejected} decision in {@code
 * sop_approvals} under {@link SopApproval#idFor} of this command. Any draft may be sent back,
 * submitted or not; never by its author or editors (ADR 0010, 0027).
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
        return SopDecisions.check(actor, state, sopId, comment, expectedRowVersion, ApprovalDecision.REJECTED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sop sop = state.sop(sopId).orElseThrow();
        return List.of(
                new RowChange.Updated(sop, sop.rejected(actor.userId(), meta.authoredAt(), clean(comment), now)),
                SopDecisions.record(
                        actor,
                        state,
                        SopApproval.idFor(meta.commandId()),
                        sop,
                        meta,
                        ApprovalDecision.REJECTED,
                        comment,
                        now));
    }

    @Override
    public String auditReason() {
        return clean(comment);
    }
}
