package lab.spectra.model.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** What every command goes through before its own rules: who, whether allowed, when, where. */
class CommandHandlerTest {

    private final Lab lab = new Lab();

    private StartRun startRunBy(Actor author) {
        return new StartRun(
                lab.meta(author), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
    }

    @Test
    void aDisabledAccountCannotChangeAnything() {
        Actor disabled =
                new Actor(lab.technician.userId(), lab.organizationId, lab.technician.role(), false, "Tess Technician");
        assertThat(lab.handle(startRunBy(lab.technician), disabled))
                .isEqualTo(new Rejected(
                        RejectionCode.ACCOUNT_DISABLED,
                        "The account of Tess Technician is disabled; an admin of your lab can enable it again under"
                                + " Administration > People"));
    }

    @Test
    void aCommandWrittenBySomeoneElseIsRefused() {
        assertThat(lab.handle(startRunBy(lab.technician), lab.engineer))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.AUTHOR_MISMATCH);
    }

    @Test
    void aCommandDatedInTheFutureIsRefused() {
        StartRun fromTheFuture = new StartRun(
                lab.meta(lab.technician, Lab.NOW.plus(Duration.ofHours(1))),
                Ids.newId(),
                lab.approvedIvSweep.id(),
                lab.smu.id(),
                lab.sample.id(),
                null);
        assertThat(lab.handle(fromTheFuture, lab.technician))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.CLOCK_AHEAD);
    }

    @Test
    void aFewMinutesOfClockDriftAreTolerated() {
        StartRun slightlyAhead = new StartRun(
                lab.meta(lab.technician, Lab.NOW.plus(Duration.ofMinutes(4))),
                Ids.newId(),
                lab.approvedIvSweep.id(),
                lab.smu.id(),
                lab.sample.id(),
                null);
        assertThat(lab.handle(slightlyAhead, lab.technician)).isInstanceOf(Applied.class);
    }

    @Test
    void anotherOrganizationsRecordsAreNotFound() {
        Lab otherLab = new Lab();
        otherLab.state.put(lab.sample);
        CreateWafer onForeignSample =
                new CreateWafer(otherLab.meta(otherLab.engineer), Ids.newId(), lab.sample.id(), "W-X", null);
        assertThat(otherLab.handle(onForeignSample, otherLab.engineer))
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The sample was not found in this organization"));
    }

    @Test
    void aStateOfAnotherOrganizationThanTheActorsIsAWiringBug() {
        Lab otherLab = new Lab();
        assertThatThrownBy(() -> new CommandHandler()
                        .handle(startRunBy(lab.technician), lab.technician, otherLab.state, Lab.NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectedCommandChangesNothing() {
        int runsBefore = lab.state.all(Run.class).size();
        lab.handle(startRunBy(lab.viewer), lab.viewer);
        assertThat(lab.state.all(Run.class)).hasSize(runsBefore);
    }
}
