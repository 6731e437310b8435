package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** The SOPs a recipe follows are linked on the draft: live SOPs of the lab, changed like a regulated field. */
class ARecipeFollowsLiveSopsOfItsOwnLabTest {

    private final Lab lab = new Lab();

    private CreateRecipe following(UUID... sopIds) {
        return new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "IV sweep (HEMT)",
                InstrumentKind.SMU,
                RecipeVersions.sweepTo(1.0),
                null,
                List.of(sopIds));
    }

    @Test
    void aDraftIsLinkedToTheSopsItFollows() {
        CreateRecipe create = following(lab.approvedSop.id(), lab.draftSop.id());
        assertThat(lab.handle(create, lab.engineer)).isInstanceOf(Applied.class);

        assertThat(lab.state.recipe(create.recipeId()).orElseThrow().sopIds())
                .containsExactly(lab.approvedSop.id(), lab.draftSop.id());
    }

    @Test
    void anSopOfAnotherLabIsNotFound() {
        Lab other = new Lab();
        lab.state.put(other.approvedSop);

        assertThat(lab.handle(following(other.approvedSop.id()), lab.engineer))
                .isInstanceOfSatisfying(
                        Rejected.class, rejected -> assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_FOUND));
    }

    @Test
    void aRetiredSopIsNotLinked() {
        assertThat(lab.handle(following(lab.retiredSop.id()), lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "SOP IV characterization (manual probing) v1 is retired; link the SOP's current version"
                                + " instead"));
    }

    @Test
    void changingTheLinksSomeoneElseChangedIsAConflict() {
        EditRecipeDraft first = new EditRecipeDraft(
                lab.meta(lab.engineer),
                lab.draftIvSweep.id(),
                null,
                null,
                new FieldChange<>(List.of(), List.of(lab.approvedSop.id())));
        assertThat(lab.handle(first, lab.engineer)).isInstanceOf(Applied.class);

        EditRecipeDraft stale = new EditRecipeDraft(
                lab.meta(lab.pi),
                lab.draftIvSweep.id(),
                null,
                null,
                new FieldChange<>(List.of(), List.of(lab.draftSop.id())));
        assertThat(lab.handle(stale, lab.pi)).isInstanceOf(Conflict.class);
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().sopIds())
                .containsExactly(lab.approvedSop.id());
    }
}
