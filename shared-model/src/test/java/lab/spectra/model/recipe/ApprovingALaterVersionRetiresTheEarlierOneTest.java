package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The old version stays approved until the new one is, and is then retired in the same change,
 * with a decision naming its replacement; an organization that keeps previous versions approved
 * keeps both (ADR 0027).
 */
class ApprovingALaterVersionRetiresTheEarlierOneTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    @Test
    void theEarlierVersionStaysApprovedWhileTheNewOneIsADraft() {
        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.submit(versionTwo.id());

        assertThat(versions.current(lab.approvedIvSweep.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void approvingVersionTwoRetiresVersionOneWithADecisionSayingWhatReplacedIt() {
        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.submit(versionTwo.id());
        versions.approve(versionTwo.id(), lab.pi);

        Recipe versionOne = versions.current(lab.approvedIvSweep.id());
        assertThat(versionOne.status()).isEqualTo(ApprovalStatus.RETIRED);
        assertThat(versionOne.retiredBy()).isEqualTo(lab.pi.userId());
        assertThat(versionOne.retiredAt()).isEqualTo(Lab.NOW);
        List<RecipeApproval> retirements = lab.state.all(RecipeApproval.class).stream()
                .filter(decision -> decision.recipeId().equals(versionOne.id()))
                .toList();
        assertThat(retirements).singleElement().satisfies(retirement -> {
            assertThat(retirement.decision()).isEqualTo(ApprovalDecision.RETIRED);
            assertThat(retirement.comment()).isEqualTo("Replaced by IV sweep v2");
            assertThat(retirement.approverId()).isEqualTo(lab.pi.userId());
        });
        assertThat(versions.current(versionTwo.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void anOrganizationThatKeepsPreviousVersionsApprovedKeepsBoth() {
        lab.state.put(new Organization(
                lab.organizationId,
                "lab",
                "Lab",
                OrganizationSettings.DEFAULTS
                        .withKeepPreviousVersionsApproved(true)
                        .storedIn(JsonObjects.empty()),
                Lab.NOW,
                Lab.NOW,
                null,
                1));
        Recipe versionTwo = versions.nextVersion(lab.approvedIvSweep, RecipeVersions.sweepTo(3.0));
        versions.submit(versionTwo.id());
        versions.approve(versionTwo.id(), lab.pi);

        assertThat(versions.current(lab.approvedIvSweep.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(versions.current(versionTwo.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(lab.state.all(RecipeApproval.class))
                .extracting(RecipeApproval::decision)
                .containsOnly(ApprovalDecision.APPROVED);
    }

    @Test
    void approvingAFirstVersionRetiresNothing() {
        versions.approve(lab.draftIvSweep.id(), lab.pi);

        assertThat(versions.current(lab.approvedIvSweep.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(lab.state.all(RecipeApproval.class)).hasSize(1);
    }
}
