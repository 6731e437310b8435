package lab.spectra.model.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** SOPs follow the approval workflow of recipes: draft, approved by someone else, retired with a reason. */
class SopCommandsTest {

    private final Lab lab = new Lab();

    private RejectionCode codeOf(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).code();
    }

    private Sop current(Sop sop) {
        return lab.state.sop(sop.id()).orElseThrow();
    }

    @Test
    void aNewSopIsADraftAtVersionOne() {
        CreateSopDraft draft = new CreateSopDraft(
                lab.meta(lab.engineer), Ids.newId(), " SEM imaging ", "# Steps\n1. Vent the chamber.", null);

        assertThat(lab.handle(draft, lab.engineer)).isInstanceOf(Applied.class);

        Sop created = lab.state.sop(draft.sopId()).orElseThrow();
        assertThat(created.title()).isEqualTo("SEM imaging");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(created.authorId()).isEqualTo(lab.engineer.userId());
    }

    @Test
    void aDraftBasedOnAnSopTakesTheNextVersionNumber() {
        Sop second = new Sop(
                Ids.newId(),
                lab.organizationId,
                "IV characterization",
                2,
                ApprovalStatus.APPROVED,
                "",
                lab.engineer.userId(),
                List.of(),
                lab.pi.userId(),
                Lab.NOW,
                null,
                Lab.NOW,
                Lab.NOW,
                null,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        lab.state.put(second);
        CreateSopDraft next = new CreateSopDraft(
                lab.meta(lab.engineer), Ids.newId(), "IV characterization", "# Steps (revised)", second.id());

        assertThat(lab.handle(next, lab.engineer)).isInstanceOf(Applied.class);

        assertThat(lab.state.sop(next.sopId()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aDraftCannotBeBasedOnAnSopOfAnotherOrganization() {
        Lab otherLab = new Lab();
        lab.state.put(otherLab.approvedSop);
        CreateSopDraft next = new CreateSopDraft(
                lab.meta(lab.engineer), Ids.newId(), "IV characterization", "", otherLab.approvedSop.id());

        assertThat(lab.handle(next, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_FOUND,
                        "The SOP this version is based on was not found in this organization"));
    }

    @Test
    void approvingADraftRecordsTheApproverAndTime() {
        assertThat(lab.handle(new ApproveSop(lab.meta(lab.pi), lab.draftSop.id(), 1L), lab.pi))
                .isInstanceOf(Applied.class);

        Sop approved = current(lab.draftSop);
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(lab.pi.userId());
        assertThat(approved.approvedAt()).isEqualTo(Lab.NOW);
        assertThat(approved.approvedRowVersion()).isEqualTo(1L);
        assertThat(approved.rowVersion()).isEqualTo(2);
    }

    @Test
    void theAuthorOfAnSopCannotApproveIt() {
        CreateSopDraft own = new CreateSopDraft(lab.meta(lab.pi), Ids.newId(), "Wafer cleaving", "", null);
        lab.handle(own, lab.pi);

        assertThat(lab.handle(new ApproveSop(lab.meta(lab.pi), own.sopId(), 1L), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.SELF_APPROVAL,
                        "You wrote SOP Wafer cleaving v1; another PI or admin has to approve it"));
        assertThat(lab.state.sop(own.sopId()).orElseThrow().status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void anApprovedSopCannotBeApprovedAgain() {
        assertThat(codeOf(lab.handle(new ApproveSop(lab.meta(lab.pi), lab.approvedSop.id(), 1L), lab.pi)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aRetiredSopCannotBeApprovedAgain() {
        assertThat(lab.handle(new ApproveSop(lab.meta(lab.admin), lab.retiredSop.id(), 1L), lab.admin))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "SOP IV characterization (manual probing) v1 is retired and cannot be approved"));
    }

    @Test
    void retiringAnApprovedSopKeepsItsApproval() {
        assertThat(lab.handle(new RetireSop(lab.meta(lab.pi), lab.approvedSop.id(), "superseded by v2", 1L), lab.pi))
                .isInstanceOf(Applied.class);

        Sop retired = current(lab.approvedSop);
        assertThat(retired.status()).isEqualTo(ApprovalStatus.RETIRED);
        assertThat(retired.approvedBy()).isEqualTo(lab.approvedSop.approvedBy());
    }

    @Test
    void aDraftCannotBeRetired() {
        assertThat(lab.handle(new RetireSop(lab.meta(lab.pi), lab.draftSop.id(), "never used", 1L), lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION, "SOP XRD analysis v1 is a draft and cannot be retired"));
    }

    @Test
    void aRetiredSopCannotBeRetiredAgain() {
        assertThat(codeOf(lab.handle(new RetireSop(lab.meta(lab.pi), lab.retiredSop.id(), "again", 1L), lab.pi)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void retiringNeedsAReason() {
        assertThat(lab.handle(new RetireSop(lab.meta(lab.pi), lab.approvedSop.id(), "  ", 1L), lab.pi))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "The reason for retiring is required"));
        assertThat(current(lab.approvedSop).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void theReasonForRetiringGoesToTheAuditTrail() {
        assertThat(new RetireSop(lab.meta(lab.pi), lab.approvedSop.id(), " superseded by v2 ", 1L).auditReason())
                .isEqualTo("superseded by v2");
    }

    @Test
    void anSopApprovalOfAVersionThatChangedSinceIsAConflict() {
        Sop changed = new Sop(
                lab.draftSop.id(),
                lab.organizationId,
                lab.draftSop.title(),
                1,
                ApprovalStatus.DRAFT,
                "# Steps\n1. Clean the chuck twice.",
                lab.engineer.userId(),
                List.of(lab.engineer.userId()),
                null,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                null,
                2,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        lab.state.put(changed);

        assertThat(lab.handle(new ApproveSop(lab.meta(lab.pi), lab.draftSop.id(), 1L), lab.pi))
                .isEqualTo(new Conflict(
                        "SOP XRD analysis v1 was changed after you opened it; look at the current version before you"
                                + " approve it",
                        changed));
        assertThat(current(lab.draftSop).status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void anSopApprovalThatDoesNotNameTheVersionLookedAtIsRefused() {
        assertThat(codeOf(lab.handle(new ApproveSop(lab.meta(lab.pi), lab.draftSop.id(), null), lab.pi)))
                .isEqualTo(RejectionCode.INVALID_INPUT);
    }
}
