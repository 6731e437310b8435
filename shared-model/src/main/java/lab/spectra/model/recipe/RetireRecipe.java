package lab.spectra.model.recipe;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * A PI or admin withdraws an approved recipe; runs can no longer start from it. Like an approval,
 * it is about the version the person looked at.
 *
 * @param expectedRowVersion the recipe's {@code row_version} as shown to the person; required
 */
public record RetireRecipe(CommandMeta meta, UUID recipeId, UUID approvalId, String reason, Long expectedRowVersion)
        implements Command {

    public RetireRecipe {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RETIRE_RECIPE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return RecipeDecisions.check(
                actor, state, recipeId, approvalId, reason, expectedRowVersion, ApprovalDecision.RETIRED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Recipe recipe = state.recipe(recipeId).orElseThrow();
        return List.of(
                new RowChange.Updated(recipe, recipe.retired(actor.userId(), meta.authoredAt(), now)),
                RecipeDecisions.record(actor, state, approvalId, recipe, meta, ApprovalDecision.RETIRED, reason, now));
    }

    @Override
    public String auditReason() {
        return Checks.clean(reason);
    }
}
