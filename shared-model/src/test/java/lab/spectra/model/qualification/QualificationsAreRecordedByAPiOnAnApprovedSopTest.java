package lab.spectra.model.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Recording and revoking a qualification: who, on what, and what it does to the next run. */
class QualificationsAreRecordedByAPiOnAnApprovedSopTest {

    private final Lab lab = new Lab();
    private final Actor newcomer = lab.actor(Role.TECHNICIAN, "Nina Newcomer");

    QualificationsAreRecordedByAPiOnAnApprovedSopTest() {
        lab.state.put(lab.userAccount(newcomer));
    }

    private RecordQualification qualify(java.util.UUID sopId, Instant from, Instant until) {
        return new RecordQualification(
                lab.meta(lab.pi), Ids.newId(), newcomer.userId(), InstrumentKind.SMU, " IV sweep ", sopId, from, until);
    }

    private Outcome startIvSweep() {
        return lab.handle(
                new StartRun(
                        lab.meta(newcomer), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null),
                newcomer);
    }

    @Test
    void aRecordedQualificationLetsThePersonStartTheRecipe() {
        Outcome recorded = lab.handle(
                qualify(lab.approvedSop.id(), Lab.NOW.minus(Duration.ofDays(1)), Lab.NOW.plus(Duration.ofDays(365))),
                lab.pi);

        assertThat(recorded).isInstanceOf(Applied.class);
        Qualification qualification =
                (Qualification) ((Applied) recorded).changes().get(0).after();
        assertThat(qualification.recipeName()).isEqualTo("IV sweep");
        assertThat(qualification.recordedBy()).isEqualTo(lab.pi.userId());
        assertThat(startIvSweep()).isInstanceOf(Applied.class);
    }

    @Test
    void aDraftSopCannotBeTheBasisOfAQualification() {
        assertThat(lab.handle(
                        qualify(lab.draftSop.id(), Lab.NOW.minus(Duration.ofDays(1)), Lab.NOW.plus(Duration.ofDays(9))),
                        lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT,
                        "SOP XRD analysis v1 is not approved; qualify people on an approved SOP version"));
    }

    @Test
    void aQualificationMustExpireAfterItIsGranted() {
        assertThat(lab.handle(
                        qualify(lab.approvedSop.id(), Lab.NOW.minusSeconds(60), Lab.NOW.minusSeconds(60)), lab.pi))
                .isEqualTo(
                        new Rejected(RejectionCode.INVALID_INPUT, "A qualification must expire after it was granted"));
    }

    @Test
    void aPersonOfAnotherOrganizationIsNotFound() {
        RecordQualification foreign = new RecordQualification(
                lab.meta(lab.pi),
                Ids.newId(),
                Ids.newId(),
                InstrumentKind.SMU,
                null,
                lab.approvedSop.id(),
                Lab.NOW.minus(Duration.ofDays(1)),
                Lab.NOW.plus(Duration.ofDays(9)));

        assertThat(lab.handle(foreign, lab.pi))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_FOUND);
    }

    @Test
    void aRevokedQualificationStopsTheNextRun() {
        Qualification qualification = lab.qualification(newcomer, InstrumentKind.SMU, null);
        lab.state.put(qualification);
        assertThat(startIvSweep()).isInstanceOf(Applied.class);

        assertThat(lab.handle(
                        new RevokeQualification(
                                lab.meta(lab.admin, Lab.NOW.minusSeconds(1)), qualification.id(), "left the group"),
                        lab.admin))
                .isInstanceOf(Applied.class);

        assertThat(startIvSweep())
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.QUALIFICATION_REVOKED);
        assertThat(lab.handle(new RevokeQualification(lab.meta(lab.admin), qualification.id(), "again"), lab.admin))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }
}
