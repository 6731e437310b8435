package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/** What approving and retiring a recipe have in common: the workflow step and its record. */
final class RecipeDecisions {

    private RecipeDecisions() {}

    static Decision check(
            Actor actor, DomainState state, UUID recipeId, UUID approvalId, String comment, ApprovalStatus target) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Recipe id", recipeId),
                () -> Checks.required("Approval id", approvalId),
                () -> target == ApprovalStatus.RETIRED
                        ? Checks.requiredText("The reason for retiring", comment, RecipeLimits.COMMENT)
                        : Checks.optionalText("Comment", comment, RecipeLimits.COMMENT));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Recipe> found = state.recipe(recipeId).filter(recipe -> recipe.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The recipe");
        }
        Recipe recipe = found.get();
        Optional<Rejected> illegal =
                ApprovalWorkflow.checkTransition("Recipe " + recipe.title(), recipe.status(), target);
        if (illegal.isPresent()) {
            return illegal.get();
        }
        if (target == ApprovalStatus.APPROVED && recipe.authorId().equals(actor.userId())) {
            return new Rejected(
                    RejectionCode.SELF_APPROVAL,
                    "You wrote recipe " + recipe.title() + "; another PI or admin has to approve it");
        }
        return Decision.ACCEPTED;
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
                actor.userId(),
                actor.role(),
                decision,
                clean(comment),
                meta.authoredAt(),
                now,
                1));
    }
}
