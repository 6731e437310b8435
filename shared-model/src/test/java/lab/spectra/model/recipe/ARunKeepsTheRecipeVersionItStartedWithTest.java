package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Runs pin the exact version of the recipe they used: approving a later version (which retires the
 * earlier one) changes nothing on a run already started, and new runs use the new version.
 */
class ARunKeepsTheRecipeVersionItStartedWithTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    private StartRun start(UUID recipeId) {
        return new StartRun(lab.meta(lab.technician), Ids.newId(), recipeId, lab.smu.id(), lab.sample.id(), null);
    }

    @Test
    void aRunStartedOnVersionOneStillNamesVersionOneAfterVersionTwoIsApproved() {
        StartRun onVersionOne = start(lab.approvedIvSweep.id());
        assertThat(lab.handle(onVersionOne, lab.technician)).isInstanceOf(Applied.class);

        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.submit(versionTwo.id());
        versions.approve(versionTwo.id(), lab.pi);

        Run run = lab.state.run(onVersionOne.runId()).orElseThrow();
        assertThat(run.recipeId()).isEqualTo(lab.approvedIvSweep.id());
        assertThat(run.recipeVersion()).isEqualTo(1);
        assertThat(run.parameters().get("stop_v").asDouble()).isEqualTo(1.0);
        assertThat(versions.current(lab.approvedIvSweep.id()).status()).isEqualTo(ApprovalStatus.RETIRED);
    }

    @Test
    void aNewRunUsesTheNewVersionAndNoLongerTheRetiredOne() {
        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.submit(versionTwo.id());
        versions.approve(versionTwo.id(), lab.pi);

        StartRun onVersionTwo = start(versionTwo.id());
        assertThat(lab.handle(onVersionTwo, lab.technician)).isInstanceOf(Applied.class);
        assertThat(lab.state.run(onVersionTwo.runId()).orElseThrow().recipeVersion())
                .isEqualTo(2);
        assertThat(lab.handle(start(lab.approvedIvSweep.id()), lab.technician))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.code())
                        .isEqualTo(RejectionCode.RECIPE_NOT_APPROVED));
    }
}
