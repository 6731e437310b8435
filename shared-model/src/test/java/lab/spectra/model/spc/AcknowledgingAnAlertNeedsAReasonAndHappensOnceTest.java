package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * An engineer (or above) closes an alert by saying why; without a reason nothing changes, a second
 * acknowledgement is a conflict naming who acknowledged it, and another lab's alert is not found.
 */
class AcknowledgingAnAlertNeedsAReasonAndHappensOnceTest {

    private final Lab lab = new Lab();

    @Test
    void anEngineersAcknowledgementWithAReasonClosesTheAlert() {
        Outcome outcome = lab.handle(
                new AcknowledgeSpcAlert(lab.meta(lab.engineer), lab.spcAlert.id(), "  Probe card replaced  "),
                lab.engineer);

        assertThat(outcome).isInstanceOf(Applied.class);
        SpcAlert acknowledged = lab.state.spcAlert(lab.spcAlert.id()).orElseThrow();
        assertThat(acknowledged.awaitsAcknowledgement()).isFalse();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(lab.engineer.userId());
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(Lab.NOW);
        assertThat(acknowledged.acknowledgementReason()).isEqualTo("Probe card replaced");
        assertThat(acknowledged.rowVersion()).isEqualTo(lab.spcAlert.rowVersion() + 1);
        assertThat(lab.state.openSpcAlertsOf(lab.frozenSpcSeries.id())).isEmpty();
    }

    @Test
    void withoutAReasonNothingChanges() {
        for (String blank : new String[] {null, "", "   "}) {
            Outcome outcome =
                    lab.handle(new AcknowledgeSpcAlert(lab.meta(lab.engineer), lab.spcAlert.id(), blank), lab.engineer);

            assertThat(outcome)
                    .isEqualTo(new Rejected(
                            RejectionCode.INVALID_INPUT,
                            "The reason (what you found and why the alert may close) is required"));
        }
        assertThat(lab.state.spcAlert(lab.spcAlert.id())).contains(lab.spcAlert);
    }

    @Test
    void aSecondAcknowledgementIsAConflictNamingTheFirst() {
        lab.handle(
                new AcknowledgeSpcAlert(lab.meta(lab.engineer), lab.spcAlert.id(), "Probe card replaced"),
                lab.engineer);
        SpcAlert first = lab.state.spcAlert(lab.spcAlert.id()).orElseThrow();

        Outcome second = lab.handle(
                new AcknowledgeSpcAlert(
                        lab.meta(lab.pi, Lab.NOW.plus(Duration.ofMinutes(1))), lab.spcAlert.id(), "Seen"),
                lab.pi);

        assertThat(second).isEqualTo(new Conflict("This alert was already acknowledged by Eli Engineer", first));
        assertThat(lab.state.spcAlert(lab.spcAlert.id())).contains(first);
    }

    @Test
    void aTechnicianMayNotAcknowledge() {
        Outcome outcome = lab.handle(
                new AcknowledgeSpcAlert(lab.meta(lab.technician), lab.spcAlert.id(), "Looks fine"), lab.technician);

        assertThat(((Rejected) outcome).code()).isEqualTo(RejectionCode.NOT_PERMITTED);
    }

    @Test
    void anotherLabsAlertIsNotFound() {
        UUID otherLab = Ids.newId();
        SpcAlert theirs = lab.openAlert(lab.frozenSpcSeries, Lab.NOW);
        SpcAlert foreign = new SpcAlert(
                theirs.id(),
                otherLab,
                theirs.seriesId(),
                theirs.pointId(),
                theirs.rule(),
                theirs.message(),
                theirs.raisedAt(),
                null,
                null,
                1,
                1,
                theirs.involvedPointIds(),
                null,
                theirs.createdAt(),
                theirs.updatedAt());
        lab.state.put(foreign);

        Outcome outcome =
                lab.handle(new AcknowledgeSpcAlert(lab.meta(lab.engineer), foreign.id(), "Seen"), lab.engineer);

        assertThat(outcome)
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The alert was not found in this organization"));
    }
}
