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
 * An engineer submits a draft for a PI's decision. The draft's author or anyone who may edit
 * drafts may submit; an edit after submitting takes it back to being written (ADR 0027).
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
        throw new UnsupportedOperationException("issue 18: being written");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("issue 18: being written");
    }
}
