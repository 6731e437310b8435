package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Out of service (with its reason) and under maintenance are holds; back in service lifts them. */
class AnInstrumentNotInServiceHoldsRunsWithItsReasonTest {

    private final Lab lab = new Lab();

    private Outcome setStatus(InstrumentStatus status, String reason) {
        return lab.handle(
                new ChangeInstrumentStatus(lab.meta(lab.admin), lab.smu.id(), Ids.newId(), status, reason), lab.admin);
    }

    private Outcome startRun() {
        return lab.handle(
                new StartRun(
                        lab.meta(lab.technician),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        null),
                lab.technician);
    }

    @Test
    void outOfServiceIsRefusedWithTheReason() {
        assertThat(setStatus(InstrumentStatus.OUT_OF_SERVICE, "Compliance trips at 1 mA"))
                .isInstanceOf(Applied.class);

        assertThat(startRun())
                .isEqualTo(new Rejected(
                        RejectionCode.INSTRUMENT_UNAVAILABLE, "SMU-01 is out of service: Compliance trips at 1 mA"));
    }

    @Test
    void underMaintenanceIsRefused() {
        setStatus(InstrumentStatus.UNDER_MAINTENANCE, null);

        assertThat(startRun())
                .isEqualTo(new Rejected(RejectionCode.INSTRUMENT_UNAVAILABLE, "SMU-01 is under maintenance"));
    }

    @Test
    void backInServiceTheInstrumentIsAvailableAndTheReasonIsCleared() {
        setStatus(InstrumentStatus.OUT_OF_SERVICE, "Compliance trips at 1 mA");

        assertThat(setStatus(InstrumentStatus.IN_SERVICE, null)).isInstanceOf(Applied.class);

        assertThat(lab.state.instrument(lab.smu.id()).orElseThrow().statusReason())
                .isNull();
        assertThat(startRun()).isInstanceOf(Applied.class);
        assertThat(lab.state.eventsOf(lab.smu.id()))
                .extracting(InstrumentEvent::kind)
                .containsOnly(InstrumentEventKind.STATUS);
    }
}
