package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The round trip the issue asks for: the engineer submits, the PI sends it back with a comment
 * (it stays a draft and shows the comment), the engineer changes it and resubmits (the comment is
 * answered), and the PI approves it.
 */
class ARejectedDraftIsChangedResubmittedAndApprovedTest {

    private final Lab lab = new Lab();
    private final RecipeVersions versions = new RecipeVersions(lab);

    @Test
    void rejectionReturnsTheDraftWithTheCommentAndAResubmissionIsApproved() {
        Recipe submitted = versions.submit(lab.draftIvSweep.id());
        assertThat(submitted.awaitingDecision()).isTrue();
        assertThat(submitted.submittedBy()).isEqualTo(lab.engineer.userId());

        Recipe rejected = versions.reject(submitted.id(), "Stop at 2 V: the gate oxide breaks down above");
        assertThat(rejected.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(rejected.awaitingDecision()).isFalse();
        assertThat(rejected.rejectedBy()).isEqualTo(lab.pi.userId());
        assertThat(rejected.rejectionComment()).isEqualTo("Stop at 2 V: the gate oxide breaks down above");

        versions.editParameters(rejected.id(), RecipeVersions.sweepTo(2.0));
        Recipe resubmitted = versions.submit(rejected.id());
        assertThat(resubmitted.awaitingDecision()).isTrue();
        assertThat(resubmitted.rejectionComment()).isNull();

        Recipe approved = versions.approve(resubmitted.id(), lab.pi);
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.parameters().get("stop_v").asDouble()).isEqualTo(2.0);
        assertThat(lab.state.all(RecipeApproval.class))
                .extracting(RecipeApproval::decision, RecipeApproval::comment)
                .containsExactly(
                        tuple(ApprovalDecision.REJECTED, "Stop at 2 V: the gate oxide breaks down above"),
                        tuple(ApprovalDecision.APPROVED, "looks right"));
    }

    @Test
    void aRejectionNeedsAComment() {
        assertThat(lab.handle(new RejectRecipe(lab.meta(lab.pi), lab.draftIvSweep.id(), Ids.newId(), "  ", 1L), lab.pi))
                .isEqualTo(
                        new Rejected(RejectionCode.INVALID_INPUT, "A comment saying what has to change is required"));
    }

    @Test
    void anApprovedRecipeIsNotSentBackButChangedByANewVersion() {
        assertThat(lab.handle(
                        new RejectRecipe(lab.meta(lab.pi), lab.approvedIvSweep.id(), Ids.newId(), "wrong", 1L), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "Recipe IV sweep v1 is approved; only a draft can be sent back (draft a new version to"
                                + " change it)"));
    }

    @Test
    void aDraftThatWasNeverSubmittedMayStillBeApproved() {
        Recipe approved = versions.approve(lab.draftIvSweep.id(), lab.pi);

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.submittedAt()).isNull();
    }

    @Test
    void aDraftThatWasNeverSubmittedMayBeSentBack() {
        Recipe rejected = versions.reject(lab.draftIvSweep.id(), "Link the IV characterization SOP first");

        assertThat(rejected.rejectionComment()).isEqualTo("Link the IV characterization SOP first");
    }
}
