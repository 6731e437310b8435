package lab.spectra.model.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * An SOP goes the way of a recipe: edited, submitted, sent back with a comment by a PI who did not
 * write it, changed, submitted again and approved; every decision is a row in {@code sop_approvals}
 * under the id derived from its command.
 */
class AnSopIsWrittenSubmittedSentBackAndApprovedTest {

    private final Lab lab = new Lab();

    private Sop sop() {
        return lab.state.sop(lab.draftSop.id()).orElseThrow();
    }

    private void applies(Command command, Actor actor) {
        assertThat(lab.handle(command, actor)).isInstanceOf(Applied.class);
    }

    private EditSopDraft edit(String body) {
        return new EditSopDraft(
                lab.meta(lab.engineer), sop().id(), null, new FieldChange<>(sop().bodyMarkdown(), body));
    }

    @Test
    void theRoundTripEndsApprovedWithEveryDecisionRecorded() {
        applies(edit("# Steps\n1. Mount the sample.\n2. Align."), lab.engineer);
        applies(new SubmitSop(lab.meta(lab.engineer), sop().id(), sop().rowVersion()), lab.engineer);
        assertThat(sop().awaitingDecision()).isTrue();

        RejectSop reject = new RejectSop(lab.meta(lab.pi), sop().id(), "Name the slit width", sop().rowVersion());
        applies(reject, lab.pi);
        assertThat(sop().status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(sop().awaitingDecision()).isFalse();
        assertThat(sop().rejectionComment()).isEqualTo("Name the slit width");
        assertThat(sop().rejectedBy()).isEqualTo(lab.pi.userId());

        applies(edit("# Steps\n1. Mount the sample.\n2. Align with the 0.2 mm slit."), lab.engineer);
        applies(new SubmitSop(lab.meta(lab.engineer), sop().id(), sop().rowVersion()), lab.engineer);
        assertThat(sop().rejectionComment()).isNull();
        ApproveSop approve = new ApproveSop(lab.meta(lab.pi), sop().id(), sop().rowVersion());
        applies(approve, lab.pi);

        assertThat(sop().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(lab.state.all(SopApproval.class))
                .extracting(SopApproval::id, SopApproval::decision, SopApproval::comment, SopApproval::approverRole)
                .containsExactly(
                        tuple(
                                SopApproval.idFor(reject.meta().commandId()),
                                ApprovalDecision.REJECTED,
                                "Name the slit width",
                                Role.PI),
                        tuple(SopApproval.idFor(approve.meta().commandId()), ApprovalDecision.APPROVED, null, Role.PI));
    }

    @Test
    void anEditAfterSubmittingWithdrawsTheSubmission() {
        applies(new SubmitSop(lab.meta(lab.engineer), sop().id(), sop().rowVersion()), lab.engineer);
        applies(edit("# Steps\n1. Changed."), lab.engineer);

        assertThat(sop().awaitingDecision()).isFalse();
    }

    @Test
    void anEditOfTextSomeoneElseChangedIsAConflict() {
        EditSopDraft stale = new EditSopDraft(
                lab.meta(lab.pi), sop().id(), null, new FieldChange<>("# Old text", "# Steps\n1. Mine."));

        assertThat(lab.handle(stale, lab.pi)).isInstanceOf(Conflict.class);
        assertThat(sop().rowVersion()).isEqualTo(1);
    }

    @Test
    void aPiWhoWroteTheSopCannotSendItBack() {
        CreateSopDraft byPi = new CreateSopDraft(lab.meta(lab.pi), Ids.newId(), "Hall measurement", "# Steps", null);
        applies(byPi, lab.pi);

        assertThat(lab.handle(new RejectSop(lab.meta(lab.pi), byPi.sopId(), "hm", 1L), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.SELF_APPROVAL,
                        "You wrote SOP Hall measurement v1; another PI or admin has to decide on it"));
    }

    @Test
    void aPiWhoEditedTheSopCannotSendItBack() {
        applies(
                new EditSopDraft(
                        lab.meta(lab.pi),
                        sop().id(),
                        new FieldChange<>(sop().title(), "XRD analysis (thin films)"),
                        null),
                lab.pi);

        assertThat(lab.handle(new RejectSop(lab.meta(lab.pi), sop().id(), "hm", sop().rowVersion()), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.EDITOR_APPROVAL,
                        "You edited SOP XRD analysis (thin films) v1; another PI or admin has to decide on it"));
    }
}
