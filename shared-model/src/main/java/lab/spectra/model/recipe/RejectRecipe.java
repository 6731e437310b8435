package lab.spectra.model.recipe;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * A PI or admin sends a submitted draft back to its author with a comment (required): it stays a
 * draft, shows the comment, and is recorded as a {@code rejected} decision. Its author and editors
 * cannot decide on it, as for an approval (ADR 0010, 0027).
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
        throw new UnsupportedOperationException("issue 18: being written");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("issue 18: being written");
    }
}
