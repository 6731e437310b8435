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
 * A PI or admin withdraws an approved SOP, with a reason: kept on the SOP ({@code
 * retirement_reason}), in a {@code retired} decision in {@code sop_approvals}, and in the audit
 * trail with the change ({@link #auditReason()}).
 *
 * @param expectedRowVersion the SOP's {@code row_version} as shown to the person; required
 */
public record RetireSop(CommandMeta meta, UUID sopId, String reason, Long expectedRowVersion) implements Command {

    public RetireSop {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RETIRE_SOP;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return SopDecisions.check(actor, state, sopId, reason, expectedRowVersion, ApprovalDecision.RETIRED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sop sop = state.sop(sopId).orElseThrow();
        return List.of(
                new RowChange.Updated(sop, sop.retired(actor.userId(), meta.authoredAt(), clean(reason), now)),
                SopDecisions.record(
                        actor,
                        state,
                        SopApproval.idFor(meta.commandId()),
                        sop,
                        meta,
                        ApprovalDecision.RETIRED,
                        reason,
                        now));
    }

    @Override
    public String auditReason() {
        return clean(reason);
    }
}
