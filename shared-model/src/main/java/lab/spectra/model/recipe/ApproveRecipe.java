package lab.spectra.model.recipe;

import java.time.Instant;
import java.util.ArrayList;
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
 * A PI or admin approves a draft, so technicians may run it. Neither its author nor anyone who
 * edited the draft can approve it: a second person has to look at every method before it is used
 * (four-eyes rule). The approval is of the version the approver looked at: if the draft changed
 * since, it is a conflict and nothing is approved (ADR 0010). Approving a later version retires
 * the lineage's earlier approved ones in the same change, each with a decision naming its
 * replacement, unless the organization keeps them approved (ADR 0027). A draft that was never
 * submitted may still be approved: scripts and older benches approve drafts directly.
 *
 * @param expectedRowVersion the recipe's {@code row_version} as shown to the approver; required
 */
public record ApproveRecipe(CommandMeta meta, UUID recipeId, UUID approvalId, String comment, Long expectedRowVersion)
        implements Command {

    public ApproveRecipe {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.APPROVE_RECIPE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return RecipeDecisions.check(
                actor, state, recipeId, approvalId, comment, expectedRowVersion, ApprovalDecision.APPROVED);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Recipe recipe = state.recipe(recipeId).orElseThrow();
        Recipe approved = recipe.approved(actor.userId(), meta.authoredAt(), now);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Updated(recipe, approved));
        changes.add(RecipeDecisions.record(
                actor, state, approvalId, recipe, meta, ApprovalDecision.APPROVED, comment, now));
        changes.addAll(RecipeLineage.retiredBy(approved, actor, state, meta, now));
        return List.copyOf(changes);
    }

    @Override
    public String auditReason() {
        return Checks.clean(comment);
    }
}
