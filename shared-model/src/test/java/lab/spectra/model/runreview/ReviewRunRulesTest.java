package lab.spectra.model.runreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Who may review a run, when, and what a review records (issue 15 item 5). */
class ReviewRunRulesTest {

    private final Lab lab = new Lab();
    private final Run run = lab.finishedRunOf(lab.technician);

    private ReviewRun review(Actor reviewer, ReviewDecision decision, String comment, String shownHash) {
        return new ReviewRun(
                lab.meta(reviewer, Lab.NOW.minus(Duration.ofMinutes(2))),
                Ids.newId(),
                Ids.newId(),
                run.id(),
                decision,
                comment,
                shownHash,
                null);
    }

    private Outcome reviewAsShown(Actor reviewer, ReviewDecision decision, String comment) {
        return lab.handle(review(reviewer, decision, comment, RunContent.sha256(run, lab.state)), reviewer);
    }

    private static RejectionCode codeOf(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).code();
    }

    @Test
    void aReviewWritesASignatureOverTheRunAndARowWithTheDecisionAndComment() {
        ReviewRun command = review(
                lab.engineer,
                ReviewDecision.REJECTED,
                "  Compliance hit above 2 V  ",
                RunContent.sha256(run, lab.state));

        assertThat(lab.handle(command, lab.engineer)).isInstanceOf(Applied.class);

        Signature signature = lab.state.signature(command.signatureId()).orElseThrow();
        assertThat(signature.recordTable()).isEqualTo("runs");
        assertThat(signature.recordId()).isEqualTo(run.id());
        assertThat(signature.meaning()).isEqualTo(SignatureMeaning.REVIEWED);
        assertThat(signature.signerName()).isEqualTo("Eli Engineer");
        assertThat(signature.contentSha256()).isEqualTo(RunContent.sha256(run, lab.state));
        assertThat(signature.signedAt()).isEqualTo(Lab.NOW.minus(Duration.ofMinutes(2)));
        RunReview row = lab.state.runReview(command.reviewId()).orElseThrow();
        assertThat(row.signatureId()).isEqualTo(command.signatureId());
        assertThat(row.decision()).isEqualTo(ReviewDecision.REJECTED);
        assertThat(row.reviewComment()).isEqualTo("Compliance hit above 2 V");
        assertThat(row.reviewerId()).isEqualTo(lab.engineer.userId());
    }

    @Test
    void theRunsOperatorCannotReviewIt() {
        Lab engineersLab = new Lab();
        Run own = engineersLab.finishedRunOf(engineersLab.engineer);
        ReviewRun command = new ReviewRun(
                engineersLab.meta(engineersLab.engineer),
                Ids.newId(),
                Ids.newId(),
                own.id(),
                ReviewDecision.REVIEWED,
                null,
                RunContent.sha256(own, engineersLab.state),
                null);

        Outcome outcome = engineersLab.handle(command, engineersLab.engineer);

        assertThat(codeOf(outcome)).isEqualTo(RejectionCode.SELF_APPROVAL);
        assertThat(((Rejected) outcome).message()).contains("You operated run").contains("has to review it");
    }

    @Test
    void someoneWhoAttachedAFileToTheRunCannotReviewIt() {
        lab.state.put(new Attachment(
                Ids.newId(),
                lab.organizationId,
                AttachFile.RUNS,
                run.id(),
                "iv.csv",
                "text/csv",
                10,
                "a".repeat(64),
                lab.pi.userId(),
                Lab.NOW,
                null,
                1));

        assertThat(codeOf(reviewAsShown(lab.pi, ReviewDecision.REVIEWED, null)))
                .isEqualTo(RejectionCode.EDITOR_APPROVAL);
    }

    @Test
    void aTechnicianCannotReviewARun() {
        Run engineersRun = lab.finishedRunOf(lab.engineer);
        ReviewRun command = new ReviewRun(
                lab.meta(lab.technician),
                Ids.newId(),
                Ids.newId(),
                engineersRun.id(),
                ReviewDecision.REVIEWED,
                null,
                RunContent.sha256(engineersRun, lab.state),
                null);

        assertThat(codeOf(lab.handle(command, lab.technician))).isEqualTo(RejectionCode.NOT_PERMITTED);
    }

    @Test
    void aRunChangedAfterTheReviewerOpenedItRefusesTheReview() {
        String shown = RunContent.sha256(run, lab.state);
        lab.state.put(new Attachment(
                Ids.newId(),
                lab.organizationId,
                AttachFile.RUNS,
                run.id(),
                "late-export.csv",
                "text/csv",
                99,
                "b".repeat(64),
                lab.technician.userId(),
                Lab.NOW,
                null,
                1));

        Outcome outcome = lab.handle(review(lab.engineer, ReviewDecision.REVIEWED, null, shown), lab.engineer);

        assertThat(codeOf(outcome)).isEqualTo(RejectionCode.SIGNED_CONTENT_CHANGED);
        assertThat(((Rejected) outcome).message()).contains("changed after you opened it");
        assertThat(lab.state.signaturesOf("runs", run.id())).isEmpty();
    }

    @Test
    void aRejectionNeedsAComment() {
        Outcome outcome = reviewAsShown(lab.engineer, ReviewDecision.REJECTED, "   ");

        assertThat(codeOf(outcome)).isEqualTo(RejectionCode.INVALID_INPUT);
        assertThat(((Rejected) outcome).message()).contains("needs a comment");
    }

    @Test
    void aRunningRunCannotBeReviewed() {
        Run running = lab.runningRunOf(lab.technician);
        ReviewRun command = new ReviewRun(
                lab.meta(lab.engineer),
                Ids.newId(),
                Ids.newId(),
                running.id(),
                ReviewDecision.REVIEWED,
                null,
                RunContent.sha256(running, lab.state),
                null);

        assertThat(codeOf(lab.handle(command, lab.engineer))).isEqualTo(RejectionCode.RUN_NOT_FINISHED);
    }

    @Test
    void nobodyGivesTheSameDecisionTwiceOnTheSameRun() {
        assertThat(reviewAsShown(lab.engineer, ReviewDecision.REVIEWED, null)).isInstanceOf(Applied.class);

        assertThat(codeOf(reviewAsShown(lab.engineer, ReviewDecision.REVIEWED, "again")))
                .isEqualTo(RejectionCode.ALREADY_SIGNED);
        assertThat(reviewAsShown(lab.pi, ReviewDecision.REVIEWED, null)).isInstanceOf(Applied.class);
    }

    @Test
    void anotherOrganizationsRunIsNotFound() {
        Lab otherLab = new Lab();
        ReviewRun command = new ReviewRun(
                otherLab.meta(otherLab.engineer),
                Ids.newId(),
                Ids.newId(),
                run.id(),
                ReviewDecision.REVIEWED,
                null,
                RunContent.sha256(run, lab.state),
                null);

        assertThat(codeOf(otherLab.handle(command, otherLab.engineer))).isEqualTo(RejectionCode.NOT_FOUND);
    }
}
