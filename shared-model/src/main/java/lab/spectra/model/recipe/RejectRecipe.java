package lab.spectra.model.recipe;

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
 * A PI or admin sends a draft back to its author with a comment (required): it stays a draft, is
 * no longer submitted, shows the comment, and is recorded as a {@code rejected} decision. Any draft
 * may be sent back, submitted or not: a PI who was shown a draft need not wait for its submission
 * to say what is wrong with it. Its author and editors cannot decide on it, as for an approval
 * (ADR 0010, 0027).
 *
 * @param approvalId         the id of the decision row ({@code recipe_approvals})
 * @param expectedRowVersion the recipe's {@code row_version} as shown to the PI; required
 */
public record RejectRecipe(CommandMeta meta, UUID recipeId, UUID approvalId, String comment, Long expectedRowVersion)
        implements Command {

    public RejectRecipe {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.APPROVE_RECIPE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return RecipeDecisions.check(
                actor, state, recipeId, approvalId, comment, expectedRowVersion, ApprovalDecision.REJECTED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Recipe recipe = state.recipe(recipeId).orElseThrow();
        return List.of(
                new RowChange.Updated(recipe, recipe.rejected(actor.userId(), meta.authoredAt(), clean(comment), now)),
                RecipeDecisions.record(
                        actor, state, approvalId, recipe, meta, ApprovalDecision.REJECTED, comment, now));
    }

    @Override
    public String auditReason() {
        return clean(comment);
    }
}
