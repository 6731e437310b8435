package lab.spectra.model.sop;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/** What approving and retiring an SOP have in common: the workflow step and who may take it. */
final class SopDecisions {

    private SopDecisions() {}

    static Decision check(Actor actor, DomainState state, UUID sopId, String reason, ApprovalStatus target) {
        Decision input = Checks.inOrder(
                () -> Checks.required("SOP id", sopId),
                () -> target == ApprovalStatus.RETIRED
                        ? Checks.requiredText("The reason for retiring", reason, SopLimits.REASON)
                        : Checks.pass());
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sop> found = state.sop(sopId).filter(sop -> sop.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The SOP");
        }
        Sop sop = found.get();
        Optional<Rejected> illegal = ApprovalWorkflow.checkTransition(sop.label(), sop.status(), target);
        if (illegal.isPresent()) {
            return illegal.get();
        }
        if (target == ApprovalStatus.APPROVED && sop.authorId().equals(actor.userId())) {
            return new Rejected(
                    RejectionCode.SELF_APPROVAL,
                    "You wrote " + sop.label() + "; another PI or admin has to approve it");
        }
        return Decision.ACCEPTED;
    }
}
