package lab.spectra.model.sop;

import static lab.spectra.model.command.Checks.clean;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.approval.SeenVersion;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * What approving, rejecting and retiring an SOP have in common: the workflow step, the version the
 * person looked at, who may take it (not its author or editors, for an approval or a rejection),
 * and the record of the decision in {@code sop_approvals}.
 */
final class SopDecisions {

    private SopDecisions() {}

    static Decision check(
            Actor actor,
            DomainState state,
            UUID sopId,
            String comment,
            Long expectedRowVersion,
            ApprovalDecision decision) {
        Decision input = Checks.inOrder(
                () -> Checks.required("SOP id", sopId),
                () -> switch (decision) {
                    case RETIRED -> Checks.requiredText("The reason for retiring", comment, SopLimits.REASON);
                    case REJECTED ->
                        Checks.requiredText("A comment saying what has to change", comment, SopLimits.REASON);
                    case APPROVED -> Checks.optionalText("Comment", comment, SopLimits.REASON);
                },
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
                () -> step(sop.label(), sop.status(), decision),
                () -> decision == ApprovalDecision.RETIRED
                        ? Checks.pass()
                        : FourEyes.check(
                                actor.userId(),
                                sop.authorId(),
                                sop.editorIds(),
                                sop.label(),
                                decision == ApprovalDecision.APPROVED
                                        ? "another PI or admin has to approve it"
                                        : "another PI or admin has to decide on it"));
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        return SeenVersion.decide(sop.label(), sop, expectedRowVersion, verb(decision));
    }

    /** As for recipes, any draft may be sent back, submitted or not (ADR 0027). */
    private static Optional<Rejected> step(String what, ApprovalStatus status, ApprovalDecision decision) {
        return switch (decision) {
            case APPROVED -> ApprovalWorkflow.checkTransition(what, status, ApprovalStatus.APPROVED);
            case RETIRED -> ApprovalWorkflow.checkTransition(what, status, ApprovalStatus.RETIRED);
            case REJECTED ->
                Checks.failIf(
                        status != ApprovalStatus.DRAFT,
                        RejectionCode.ILLEGAL_TRANSITION,
                        what + " is " + status.name().toLowerCase(Locale.ROOT)
                                + "; only a draft can be sent back (draft a new version to change it)");
        };
    }

    private static String verb(ApprovalDecision decision) {
        return switch (decision) {
            case APPROVED -> "approve";
            case REJECTED -> "reject";
            case RETIRED -> "retire";
        };
    }

    /**
     * The decision row, under the given id.
     *
     * @param sop the SOP as it was before the decision
     */
    static RowChange record(
            Actor actor,
            DomainState state,
            UUID decisionId,
            Sop sop,
            CommandMeta meta,
            ApprovalDecision decision,
            String comment,
            Instant now) {
        return new RowChange.Inserted(new SopApproval(
                decisionId,
                state.organizationId(),
                sop.id(),
                sop.rowVersion(),
                actor.userId(),
                actor.role(),
                decision,
                clean(comment),
                meta.authoredAt(),
                now,
                1));
    }
}
