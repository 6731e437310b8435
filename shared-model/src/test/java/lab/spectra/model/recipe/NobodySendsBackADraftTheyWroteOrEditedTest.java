package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Four-eyes applies to rejecting as to approving: the decision is a second person's (ADR 0010). */
class NobodySendsBackADraftTheyWroteOrEditedTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    @Test
    void aPiWhoWroteTheDraftCannotRejectIt() {
        CreateRecipe byPi = new CreateRecipe(
                lab.meta(lab.pi),
                Ids.newId(),
                "Gate leakage",
                InstrumentKind.SMU,
                RecipeVersions.sweepTo(1.0),
                null,
                List.of());
        assertThat(lab.handle(byPi, lab.pi)).isInstanceOf(Applied.class);

        assertThat(lab.handle(new RejectRecipe(lab.meta(lab.pi), byPi.recipeId(), Ids.newId(), "not good", 1L), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.SELF_APPROVAL,
                        "You wrote recipe Gate leakage v1; another PI or admin has to decide on it"));
    }

    @Test
    void aPiWhoEditedTheDraftCannotRejectItButAnotherCan() {
        Recipe draft = versions.current(lab.draftIvSweep.id());
        assertThat(lab.handle(
                        new EditRecipeDraft(
                                lab.meta(lab.pi),
                                draft.id(),
                                new FieldChange<>(draft.name(), "IV sweep fine (PI)"),
                                null,
                                null),
                        lab.pi))
                .isInstanceOf(Applied.class);
        long seen = versions.current(draft.id()).rowVersion();

        assertThat(lab.handle(new RejectRecipe(lab.meta(lab.pi), draft.id(), Ids.newId(), "too coarse", seen), lab.pi))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.code())
                        .isEqualTo(RejectionCode.EDITOR_APPROVAL));
        assertThat(lab.handle(
                        new RejectRecipe(lab.meta(lab.admin), draft.id(), Ids.newId(), "too coarse", seen), lab.admin))
                .isInstanceOf(Applied.class);
    }
}
