package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.InstrumentKind;

/**
 * Drafts a recipe. With {@code basedOnRecipeId} it drafts the next version of an existing recipe
 * (same instrument kind), which is how an approved recipe is changed: it is numbered after the
 * lineage's highest version, and refused while another draft of the lineage is open (ADR 0027).
 * Known parameters are checked against the kind's schema as they are written; that every required
 * one is there is checked at submission.
 *
 * @param sopIds the SOPs the recipe follows; {@code null} (commands from before links) for none
 */
public record CreateRecipe(
        CommandMeta meta,
        UUID recipeId,
        String name,
        InstrumentKind instrumentKind,
        ObjectNode parameters,
        UUID basedOnRecipeId,
        List<UUID> sopIds)
        implements Command {

    public CreateRecipe {
        CommandMeta.require(meta);
        sopIds = sopIds == null ? List.of() : List.copyOf(sopIds);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_RECIPE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Recipe id", recipeId),
                () -> requiredText("Recipe name", name, RecipeLimits.NAME),
                () -> required("Instrument kind", instrumentKind),
                () -> RecipeLimits.checkParameters(parameters),
                () -> RecipeLineage.checkParameters(instrumentKind, parameters, false),
                () -> RecipeLineage.checkSops(state, sopIds),
                () -> state.recipe(recipeId).map(existing -> Checks.alreadyExists("A recipe")),
                () -> basedOnRecipeId == null ? pass() : checkBase(state, base(state)));
    }

    private Optional<Rejected> checkBase(DomainState state, Optional<Recipe> base) {
        if (base.isEmpty()) {
            return Optional.of(Checks.notFound("The recipe this version is based on"));
        }
        if (base.get().instrumentKind() != instrumentKind) {
            return Checks.fail(
                    RejectionCode.INSTRUMENT_KIND_MISMATCH,
                    "A new version of " + base.get().title() + " must stay a recipe for "
                            + base.get().instrumentKind().withArticle());
        }
        return RecipeLineage.checkNoOpenDraft(state, base.get().lineageId());
    }

    private Optional<Recipe> base(DomainState state) {
        return state.recipe(basedOnRecipeId).filter(recipe -> recipe.deletedAt() == null);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        UUID lineageId =
                basedOnRecipeId == null ? recipeId : base(state).orElseThrow().lineageId();
        int version = basedOnRecipeId == null ? 1 : RecipeLineage.nextVersion(state, lineageId);
        Recipe recipe = new Recipe(
                recipeId,
                state.organizationId(),
                clean(name),
                instrumentKind,
                parameters,
                version,
                ApprovalStatus.DRAFT,
                meta.authorId(),
                List.of(),
                null,
                null,
                null,
                null,
                now,
                now,
                null,
                1,
                lineageId,
                sopIds,
                null,
                null,
                null,
                null,
                null);
        return List.of(new RowChange.Inserted(recipe));
    }
}
