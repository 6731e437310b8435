package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.id.Ids;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.testing.Lab;

/** Steps of the recipe workflow as people take them in these tests, each expected to apply. */
final class RecipeVersions {

    private final Lab lab;

    RecipeVersions(Lab lab) {
        this.lab = lab;
    }

    Recipe current(UUID recipeId) {
        return lab.state.recipe(recipeId).orElseThrow();
    }

    /** The engineer drafts the next version of a recipe with other parameters. */
    Recipe nextVersion(Recipe base, ObjectNode parameters) {
        UUID id = Ids.newId();
        applied(
                new CreateRecipe(
                        lab.meta(lab.engineer),
                        id,
                        base.name(),
                        base.instrumentKind(),
                        parameters,
                        base.id(),
                        List.of()),
                lab.engineer);
        return current(id);
    }

    Recipe submit(UUID recipeId) {
        applied(
                new SubmitRecipe(
                        lab.meta(lab.engineer), recipeId, current(recipeId).rowVersion()),
                lab.engineer);
        return current(recipeId);
    }

    Recipe approve(UUID recipeId, Actor approver) {
        applied(
                new ApproveRecipe(
                        lab.meta(approver),
                        recipeId,
                        Ids.newId(),
                        "looks right",
                        current(recipeId).rowVersion()),
                approver);
        return current(recipeId);
    }

    Recipe reject(UUID recipeId, String comment) {
        applied(
                new RejectRecipe(
                        lab.meta(lab.pi),
                        recipeId,
                        Ids.newId(),
                        comment,
                        current(recipeId).rowVersion()),
                lab.pi);
        return current(recipeId);
    }

    Recipe editParameters(UUID recipeId, ObjectNode parameters) {
        Recipe before = current(recipeId);
        applied(
                new EditRecipeDraft(
                        lab.meta(lab.engineer),
                        recipeId,
                        null,
                        new FieldChange<>(before.parameters(), parameters),
                        null),
                lab.engineer);
        return current(recipeId);
    }

    /** Complete SMU sweep parameters, from -1 V to {@code stopVolts}. */
    static ObjectNode sweepTo(double stopVolts) {
        return JsonObjects.empty()
                .put("start_v", -1.0)
                .put("stop_v", stopVolts)
                .put("step_v", 0.1)
                .put("compliance_a", 0.001);
    }

    private void applied(Command command, Actor actor) {
        Outcome outcome = lab.handle(command, actor);
        assertThat(outcome).as(command.getClass().getSimpleName()).isInstanceOf(Applied.class);
    }
}
