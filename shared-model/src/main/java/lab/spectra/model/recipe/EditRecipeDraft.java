package lab.spectra.model.recipe;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.requiredText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
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
 * Edits a draft. The name is free text (later edit wins); the parameters are regulated: changed
 * by someone else since the author saw them, the edit is a conflict (ADR 0004). The editor is
 * kept on the draft, which rules them out as its approver (ADR 0010).
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
                        name == null && parameters == null, RejectionCode.INVALID_INPUT, "The edit changes nothing"),
                () -> name == null ? pass() : requiredText("Recipe name", name.to(), RecipeLimits.NAME),
                () -> parameters == null ? pass() : RecipeLimits.checkParameters(parameters.to()));
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
        if (parameters != null && !JsonObjects.copyOrEmpty(parameters.from()).equals(current.parameters())) {
            return new Conflict(
                    "The parameters of recipe " + current.title() + " were changed by someone else after you opened it",
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
                actor.userId(),
                now);
        return List.of(new RowChange.Updated(current, edited));
    }
}
