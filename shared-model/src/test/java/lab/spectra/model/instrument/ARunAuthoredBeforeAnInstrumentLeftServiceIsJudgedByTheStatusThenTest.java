package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A bench started a run offline while the instrument was in service; an admin took it out of
 * service an hour later and that change reached the server first. The run is judged by the status
 * in force when it was authored, as a certificate is (ADR 0012, 0022); one authored after the change
 * is refused with the reason given then.
 */
class ARunAuthoredBeforeAnInstrumentLeftServiceIsJudgedByTheStatusThenTest {

    private final Lab lab = new Lab();
    private final Instant takenOutOfService = Lab.NOW.minus(Duration.ofHours(1));

    private Outcome setStatus(InstrumentStatus status, String reason, Instant at) {
        return lab.handle(
                new ChangeInstrumentStatus(lab.meta(lab.admin, at), lab.smu.id(), Ids.newId(), status, reason),
                lab.admin);
    }

    private Outcome startRunAuthoredAt(Instant at) {
        return lab.handle(
                new StartRun(
                        lab.meta(lab.technician, at),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        null),
                lab.technician);
    }

    @Test
    void aRunAuthoredWhileInServiceStands() {
        setStatus(InstrumentStatus.OUT_OF_SERVICE, "Compliance trips at 1 mA", takenOutOfService);

        assertThat(startRunAuthoredAt(takenOutOfService.minus(Duration.ofMinutes(10))))
                .isInstanceOf(Applied.class);
    }

    @Test
    void aRunAuthoredAfterTheChangeIsRefusedWithTheReasonGivenThen() {
        setStatus(InstrumentStatus.OUT_OF_SERVICE, "Compliance trips at 1 mA", takenOutOfService);

        assertThat(startRunAuthoredAt(takenOutOfService.plus(Duration.ofMinutes(10))))
                .isEqualTo(new Rejected(
                        RejectionCode.INSTRUMENT_UNAVAILABLE, "SMU-01 is out of service: Compliance trips at 1 mA"));
    }

    @Test
    void aRunAuthoredWhileUnderMaintenanceIsRefusedEvenAfterItCameBack() {
        setStatus(InstrumentStatus.UNDER_MAINTENANCE, null, takenOutOfService);
        setStatus(InstrumentStatus.IN_SERVICE, null, takenOutOfService.plus(Duration.ofMinutes(30)));

        assertThat(startRunAuthoredAt(takenOutOfService.plus(Duration.ofMinutes(10))))
                .isEqualTo(new Rejected(RejectionCode.INSTRUMENT_UNAVAILABLE, "SMU-01 is under maintenance"));
    }
}
