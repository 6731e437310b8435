package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.SeenVersion;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Submits an SOP draft for a PI's decision (ADR 0027). An edit afterwards withdraws the
 * submission; a rejection clears it and shows the PI's comment until the draft is submitted again.
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
        Decision input = Checks.inOrder(
                () -> Checks.required("SOP id", sopId), () -> SeenVersion.check("SOP", expectedRowVersion));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sop> found = state.sop(sopId).filter(sop -> sop.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The SOP");
        }
        Sop sop = found.get();
        Decision rules = Checks.inOrder(
                () -> Checks.failIf(
                        sop.status() != ApprovalStatus.DRAFT,
                        RejectionCode.ILLEGAL_TRANSITION,
                        sop.label() + " is not a draft; only drafts are submitted for approval"),
                () -> Checks.failIf(
                        sop.awaitingDecision(),
                        RejectionCode.ILLEGAL_TRANSITION,
                        sop.label() + " is already waiting for a decision"));
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        return SeenVersion.decide(sop.label(), sop, expectedRowVersion, "submit");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sop sop = state.sop(sopId).orElseThrow();
        return List.of(new RowChange.Updated(sop, sop.submitted(actor.userId(), meta.authoredAt(), now)));
    }
}
