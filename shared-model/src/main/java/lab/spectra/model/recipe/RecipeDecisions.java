package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;

import java.time.Instant;
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
import lab.spectra.model.command.RowChange;

/**
 * What approving and retiring a recipe have in common: the workflow step, the version the person
 * looked at, who may decide (not its author or editors, for an approval), and the record of it.
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
            ApprovalStatus target) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Recipe id", recipeId),
                () -> Checks.required("Approval id", approvalId),
                () -> target == ApprovalStatus.RETIRED
                        ? Checks.requiredText("The reason for retiring", comment, RecipeLimits.COMMENT)
                        : Checks.optionalText("Comment", comment, RecipeLimits.COMMENT),
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
                () -> ApprovalWorkflow.checkTransition("Recipe " + recipe.title(), recipe.status(), target),
                () -> target == ApprovalStatus.APPROVED
                        ? FourEyes.check(
                                actor.userId(),
                                recipe.authorId(),
                                recipe.editorIds(),
                                "recipe " + recipe.title(),
                                "another PI or admin has to approve it")
                        : Checks.pass());
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        return SeenVersion.decide("Recipe " + recipe.title(), recipe, expectedRowVersion, target);
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
}
