package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;

import java.nio.charset.StandardCharsets;
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
 * What approving, rejecting and retiring a recipe have in common: the workflow step, the version
 * the person looked at, who may decide (not its author or editors, for an approval or a
 * rejection), and the record of it.
 */
final class RecipeDecisions {

    private RecipeDecisions() {}

    static Decision check(
            Actor actor,
            DomainState state,
            UUID recipeId,
            UUID approvalId,
            String comment,
            Long expectedRowVersion,
            ApprovalDecision decision) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Recipe id", recipeId),
                () -> Checks.required("Approval id", approvalId),
                () -> switch (decision) {
                    case RETIRED -> Checks.requiredText("The reason for retiring", comment, RecipeLimits.COMMENT);
                    case REJECTED ->
                        Checks.requiredText("A comment saying what has to change", comment, RecipeLimits.COMMENT);
                    case APPROVED -> Checks.optionalText("Comment", comment, RecipeLimits.COMMENT);
                },
                () -> SeenVersion.check("recipe", expectedRowVersion));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Recipe> found = state.recipe(recipeId).filter(recipe -> recipe.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The recipe");
        }
        Recipe recipe = found.get();
        Decision rules = Checks.inOrder(
                () -> step("Recipe " + recipe.title(), recipe.status(), decision),
                () -> decision == ApprovalDecision.RETIRED
                        ? Checks.pass()
                        : FourEyes.check(
                                actor.userId(),
                                recipe.authorId(),
                                recipe.editorIds(),
                                "recipe " + recipe.title(),
                                decision == ApprovalDecision.APPROVED
                                        ? "another PI or admin has to approve it"
                                        : "another PI or admin has to decide on it"));
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        return SeenVersion.decide("Recipe " + recipe.title(), recipe, expectedRowVersion, verb(decision));
    }

    /**
     * Rejection sends back a draft, submitted or not: a PI who spots a problem in a draft they
     * were shown need not wait for the author to submit it (ADR 0027).
     */
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

    static RowChange record(
            Actor actor,
            DomainState state,
            UUID approvalId,
            Recipe recipe,
            CommandMeta meta,
            ApprovalDecision decision,
            String comment,
            Instant now) {
        return new RowChange.Inserted(new RecipeApproval(
                approvalId,
                state.organizationId(),
                recipe.id(),
                recipe.rowVersion(),
                actor.userId(),
                actor.role(),
                decision,
                clean(comment),
                meta.authoredAt(),
                now,
                1));
    }

    /**
     * The id of the decision that retires an earlier version when a later one is approved: derived
     * from the approving command, so the bench and the server write the same row.
     */
    static UUID retirementIdFor(UUID commandId, UUID retiredRecipeId) {
        return UUID.nameUUIDFromBytes(
                ("recipe-retirement:" + commandId + ":" + retiredRecipeId).getBytes(StandardCharsets.UTF_8));
    }
}
