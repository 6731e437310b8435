package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A new version is numbered after the highest version of its lineage, whichever version it is
 * based on, and is refused while another draft of the lineage is open: two drafts would both
 * claim to be the next version (ADR 0027).
 */
class OnlyOneDraftOfARecipeIsOpenAtATimeTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    @Test
    void aSecondDraftOfTheSameRecipeIsRefusedWhileTheFirstIsOpen() {
        versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));

        CreateRecipe another = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "IV sweep",
                lab.approvedIvSweep.instrumentKind(),
                RecipeVersions.sweepTo(4.0),
                lab.approvedIvSweep.id(),
                List.of());
        assertThat(lab.handle(another, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "IV sweep v2 is still a draft; finish or delete it before drafting another version"));
        assertThat(lab.state.recipe(another.recipeId())).isEmpty();
    }

    @Test
    void theNextVersionFollowsTheHighestEvenWhenBasedOnAnOlderOne() {
        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.approve(versionTwo.id(), lab.pi);

        Recipe versionThree = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(1.5));

        assertThat(versionTwo.version()).isEqualTo(2);
        assertThat(versionThree.version()).isEqualTo(3);
        assertThat(versionThree.lineageId()).isEqualTo(lab.approvedIvSweep.id());
    }

    @Test
    void aDraftIsNotTheBaseOfAnotherDraft() {
        CreateRecipe onADraft = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "IV sweep fine",
                lab.draftIvSweep.instrumentKind(),
                RecipeVersions.sweepTo(1.0),
                lab.draftIvSweep.id(),
                List.of());

        assertThat(lab.handle(onADraft, lab.engineer))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.code())
                        .isEqualTo(RejectionCode.ILLEGAL_TRANSITION));
    }
}
