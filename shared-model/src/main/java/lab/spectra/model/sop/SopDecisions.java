package lab.spectra.model.sop;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.approval.SeenVersion;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;

/**
 * What approving and retiring an SOP have in common: the workflow step, the version the person
 * looked at, and who may take it (not its author or editors, for an approval).
 */
final class SopDecisions {

    private SopDecisions() {}

    static Decision check(
            Actor actor, DomainState state, UUID sopId, String reason, Long expectedRowVersion, ApprovalStatus target) {
        Decision input = Checks.inOrder(
                () -> Checks.required("SOP id", sopId),
                () -> target == ApprovalStatus.RETIRED
                        ? Checks.requiredText("The reason for retiring", reason, SopLimits.REASON)
                        : Checks.pass(),
                () -> SeenVersion.check("SOP", expectedRowVersion));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sop> found = state.sop(sopId).filter(sop -> sop.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The SOP");
        }
        Sop sop = found.get();
        Decision rules = Checks.inOrder(
                () -> ApprovalWorkflow.checkTransition(sop.label(), sop.status(), target),
                () -> target == ApprovalStatus.APPROVED
                        ? FourEyes.check(
                                actor.userId(),
                                sop.authorId(),
                                sop.editorIds(),
                                sop.label(),
                                "another PI or admin has to approve it")
                        : Checks.pass());
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        return SeenVersion.decide(sop.label(), sop, expectedRowVersion, target);
    }
}
