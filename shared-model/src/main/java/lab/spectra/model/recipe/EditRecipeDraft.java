package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.requiredText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.json.JsonObjects;

/**
 * Edits a draft. The name is free text (later edit wins); the parameters and the SOPs followed are
 * regulated: changed by someone else since the author saw them, the edit is a conflict (ADR 0004).
 * The editor is kept on the draft, which rules them out as its approver (ADR 0010), and an edit of
 * a submitted draft withdraws the submission: it has to be submitted again (ADR 0027).
 *
 * @param sopIds the SOPs the recipe follows; {@code null} leaves the links as they are
 */
public record EditRecipeDraft(
        CommandMeta meta,
        UUID recipeId,
        FieldChange<String> name,
        FieldChange<ObjectNode> parameters,
        FieldChange<List<UUID>> sopIds)
        implements Command {

    public EditRecipeDraft {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_RECIPE_DRAFT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Recipe id", recipeId),
                () -> Checks.failIf(
                        name == null && parameters == null && sopIds == null,
                        RejectionCode.INVALID_INPUT,
                        "The edit changes nothing"),
                () -> name == null ? pass() : requiredText("Recipe name", name.to(), RecipeLimits.NAME),
                () -> parameters == null ? pass() : RecipeLimits.checkParameters(parameters.to()),
                () -> sopIds == null ? pass() : Checks.required("The SOPs the recipe follows", sopIds.to()),
                () -> sopIds == null ? pass() : RecipeLineage.checkSops(state, sopIds.to()));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Recipe> found = state.recipe(recipeId).filter(recipe -> recipe.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The recipe");
        }
        Recipe current = found.get();
        Optional<Rejected> notDraft = ApprovalWorkflow.checkEditable("Recipe " + current.title(), current.status());
        if (notDraft.isPresent()) {
            return notDraft.get();
        }
        Optional<Rejected> badParameters = parameters == null
                ? Optional.empty()
                : RecipeLineage.checkParameters(current.instrumentKind(), parameters.to(), false);
        if (badParameters.isPresent()) {
            return badParameters.get();
        }
        if (parameters != null && !JsonObjects.copyOrEmpty(parameters.from()).equals(current.parameters())) {
            return new Conflict(
                    "The parameters of recipe " + current.title() + " were changed by someone else after you opened it",
                    current);
        }
        if (sopIds != null && !sameSops(sopIds.from(), current.sopIds())) {
            return new Conflict(
                    "The SOPs recipe " + current.title() + " follows were changed by someone else after you opened it",
                    current);
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Recipe current = state.recipe(recipeId).orElseThrow();
        Recipe edited = current.edited(
                name == null ? current.name() : clean(name.to()),
                parameters == null ? current.parameters() : JsonObjects.copyOrEmpty(parameters.to()),
                sopIds == null ? current.sopIds() : sopIds.to(),
                actor.userId(),
                now);
        return List.of(new RowChange.Updated(current, edited));
    }

    /** The links as a set: their order carries no meaning. */
    private static boolean sameSops(List<UUID> seen, List<UUID> current) {
        return new HashSet<>(seen == null ? List.of() : seen).equals(new HashSet<>(current));
    }
}
