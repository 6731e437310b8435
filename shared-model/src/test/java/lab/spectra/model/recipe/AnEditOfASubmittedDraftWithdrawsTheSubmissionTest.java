package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Conflict;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A PI decides on what was submitted: a draft changed after its submission goes back to being
 * written, and a submission of a version the submitter did not see is a conflict (ADR 0027).
 */
class AnEditOfASubmittedDraftWithdrawsTheSubmissionTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    @Test
    void editingASubmittedDraftTakesItBackToBeingWritten() {
        versions.submit(lab.draftIvSweep.id());

        Recipe edited = versions.editParameters(lab.draftIvSweep.id(), RecipeVersions.sweepTo(2.5));

        assertThat(edited.awaitingDecision()).isFalse();
        assertThat(edited.submittedAt()).isNull();
        assertThat(edited.submittedBy()).isNull();
    }

    @Test
    void submittingAVersionOtherThanTheOneSeenIsAConflict() {
        versions.editParameters(lab.draftIvSweep.id(), RecipeVersions.sweepTo(2.5));

        assertThat(lab.handle(new SubmitRecipe(lab.meta(lab.engineer), lab.draftIvSweep.id(), 1L), lab.engineer))
                .isInstanceOf(Conflict.class);
        assertThat(versions.current(lab.draftIvSweep.id()).awaitingDecision()).isFalse();
    }
}
