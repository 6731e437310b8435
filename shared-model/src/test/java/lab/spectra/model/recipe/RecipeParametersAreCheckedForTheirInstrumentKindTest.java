package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A draft's known parameters must have the right type and range as they are written; at
 * submission every required one must be there. Each refusal names every problem at once, and
 * nothing is written.
 */
class RecipeParametersAreCheckedForTheirInstrumentKindTest {

    private final Lab lab = new Lab();

    @Test
    void aDraftWithAValueOutOfRangeIsRefused() {
        CreateRecipe create = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "Breakdown sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("stop_v", 5000).put("step_v", "fine"),
                null,
                List.of());

        assertThat(lab.handle(create, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT,
                        "Stop voltage (V) must be from -1000 to 1000; Step (V) must be a number"));
        assertThat(lab.state.recipe(create.recipeId())).isEmpty();
    }

    @Test
    void anIncompleteDraftIsKeptButNotSubmitted() {
        CreateRecipe create = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "Breakdown sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("start_v", 0).put("dwell_ms", 10),
                null,
                List.of());
        lab.handle(create, lab.engineer);
        assertThat(lab.state.recipe(create.recipeId())).isPresent();

        assertThat(lab.handle(new SubmitRecipe(lab.meta(lab.engineer), create.recipeId(), 1L), lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT,
                        "Stop voltage (V) is required; Step (V) is required; Current compliance (A) is required"));
        assertThat(lab.state.recipe(create.recipeId()).orElseThrow().awaitingDecision())
                .isFalse();
    }

    @Test
    void anEditThatBreaksAParameterIsRefused() {
        ObjectNode broken = lab.draftIvSweep.parameters().deepCopy().put("stop_v", -2000);

        assertThat(lab.handle(
                        new EditRecipeDraft(
                                lab.meta(lab.engineer),
                                lab.draftIvSweep.id(),
                                null,
                                new FieldChange<>(lab.draftIvSweep.parameters(), broken),
                                null),
                        lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Stop voltage (V) must be from -1000 to 1000"));
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().rowVersion())
                .isEqualTo(1);
    }
}
