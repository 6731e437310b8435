package lab.spectra.model.recipe;

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
 * An engineer submits a draft for a PI's decision. The draft's author or anyone who may edit
 * drafts may submit; an edit after submitting takes it back to being written (ADR 0027). Every
 * parameter the kind requires must be set and in range; the refusal names every problem at once.
 *
 * @param expectedRowVersion the recipe's {@code row_version} as the submitter saw it; required
 */
public record SubmitRecipe(CommandMeta meta, UUID recipeId, Long expectedRowVersion) implements Command {

    public SubmitRecipe {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_RECIPE_DRAFT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Recipe id", recipeId), () -> SeenVersion.check("recipe", expectedRowVersion));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Recipe> found = state.recipe(recipeId).filter(recipe -> recipe.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The recipe");
        }
        Recipe recipe = found.get();
        Decision rules = Checks.inOrder(
                () -> Checks.failIf(
                        recipe.status() != ApprovalStatus.DRAFT,
                        RejectionCode.ILLEGAL_TRANSITION,
                        "Recipe " + recipe.title() + " is not a draft; only drafts are submitted for approval"),
                () -> Checks.failIf(
                        recipe.awaitingDecision(),
                        RejectionCode.ILLEGAL_TRANSITION,
                        "Recipe " + recipe.title() + " is already waiting for a decision"));
        if (!(rules instanceof Decision.Accepted)) {
            return rules;
        }
        Decision seen = SeenVersion.decide("Recipe " + recipe.title(), recipe, expectedRowVersion, "submit");
        if (!(seen instanceof Decision.Accepted)) {
            return seen;
        }
        return Checks.decide(RecipeLineage.checkParameters(recipe.instrumentKind(), recipe.parameters(), true));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Recipe recipe = state.recipe(recipeId).orElseThrow();
        return List.of(new RowChange.Updated(recipe, recipe.submitted(actor.userId(), meta.authoredAt(), now)));
    }
}
