package lab.spectra.model.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * SOP versions form a lineage like recipes': one open draft at a time, numbered after the highest,
 * and approving a later version retires the approved one before it (who, when and why filled in,
 * with a decision row) unless the organization keeps previous versions approved (ADR 0027).
 */
class ApprovingALaterSopVersionRetiresTheEarlierOneTest {

    private final Lab lab = new Lab();

    private CreateSopDraft nextVersion() {
        return new CreateSopDraft(
                lab.meta(lab.engineer), Ids.newId(), "IV characterization", "# Steps\n1. New.", lab.approvedSop.id());
    }

    private void applies(Command command) {
        assertThat(lab.handle(command, command.meta().authorId().equals(lab.pi.userId()) ? lab.pi : lab.engineer))
                .isInstanceOf(Applied.class);
    }

    private Sop current(UUID id) {
        return lab.state.sop(id).orElseThrow();
    }

    @Test
    void approvingVersionTwoRetiresVersionOne() {
        CreateSopDraft draft = nextVersion();
        applies(draft);
        assertThat(current(draft.sopId()).version()).isEqualTo(2);
        assertThat(current(lab.approvedSop.id()).status()).isEqualTo(ApprovalStatus.APPROVED);

        ApproveSop approve = new ApproveSop(lab.meta(lab.pi), draft.sopId(), 1L);
        applies(approve);

        Sop versionOne = current(lab.approvedSop.id());
        assertThat(versionOne.status()).isEqualTo(ApprovalStatus.RETIRED);
        assertThat(versionOne.retiredBy()).isEqualTo(lab.pi.userId());
        assertThat(versionOne.retiredAt()).isEqualTo(Lab.NOW);
        assertThat(versionOne.retirementReason()).isEqualTo("Replaced by SOP IV characterization v2");
        assertThat(lab.state.all(SopApproval.class))
                .filteredOn(decision -> decision.sopId().equals(versionOne.id()))
                .singleElement()
                .satisfies(decision -> assertThat(decision.decision()).isEqualTo(ApprovalDecision.RETIRED));
    }

    @Test
    void anOrganizationThatKeepsPreviousVersionsKeepsBothApproved() {
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
        CreateSopDraft draft = nextVersion();
        applies(draft);
        applies(new ApproveSop(lab.meta(lab.pi), draft.sopId(), 1L));

        assertThat(current(lab.approvedSop.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(current(draft.sopId()).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aSecondDraftOfTheSameSopIsRefusedWhileTheFirstIsOpen() {
        applies(nextVersion());

        CreateSopDraft another = nextVersion();
        assertThat(lab.handle(another, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "SOP IV characterization v2 is still a draft; finish or delete it before drafting another"
                                + " version"));
        assertThat(lab.state.sop(another.sopId())).isEmpty();
    }

    @Test
    void retiringByHandRecordsWhoWhenAndWhy() {
        RetireSop retire = new RetireSop(lab.meta(lab.pi), lab.approvedSop.id(), "Probe station replaced", 1L);
        applies(retire);

        Sop retired = current(lab.approvedSop.id());
        assertThat(retired.retiredBy()).isEqualTo(lab.pi.userId());
        assertThat(retired.retiredAt()).isEqualTo(Lab.NOW);
        assertThat(retired.retirementReason()).isEqualTo("Probe station replaced");
        assertThat(lab.state.all(SopApproval.class)).singleElement().satisfies(decision -> {
            assertThat(decision.id()).isEqualTo(SopApproval.idFor(retire.meta().commandId()));
            assertThat(decision.decision()).isEqualTo(ApprovalDecision.RETIRED);
            assertThat(decision.comment()).isEqualTo("Probe station replaced");
        });
        assertThat(retire.auditReason()).isEqualTo("Probe station replaced");
    }
}
