package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Each instrument command refuses what it cannot act on, with a reason, and changes nothing. */
class InstrumentCommandsRefuseBadInputTest {

    private final Lab lab = new Lab();
    private final Lab otherLab = new Lab();

    private Outcome asAdmin(lab.spectra.model.command.Command command) {
        return lab.handle(command, lab.admin);
    }

    private static Rejected rejected(RejectionCode code, String message) {
        return new Rejected(code, message);
    }

    @Test
    void outOfServiceNeedsAReason() {
        assertThat(asAdmin(new ChangeInstrumentStatus(
                        lab.meta(lab.admin), lab.smu.id(), Ids.newId(), InstrumentStatus.OUT_OF_SERVICE, "  ")))
                .isEqualTo(rejected(
                        RejectionCode.INVALID_INPUT, "A reason is required to take an instrument out of service"));
        assertThat(lab.state.instrument(lab.smu.id()).orElseThrow().status()).isEqualTo(InstrumentStatus.IN_SERVICE);
    }

    @Test
    void retiredIsNotAStatusToSet() {
        assertThat(asAdmin(new ChangeInstrumentStatus(
                        lab.meta(lab.admin), lab.smu.id(), Ids.newId(), InstrumentStatus.RETIRED, "old")))
                .isEqualTo(rejected(
                        RejectionCode.INVALID_INPUT, "Status must be in service, out of service or under maintenance"));
    }

    @Test
    void theSameStatusAgainIsRefused() {
        assertThat(asAdmin(new ChangeInstrumentStatus(
                        lab.meta(lab.admin), lab.smu.id(), Ids.newId(), InstrumentStatus.IN_SERVICE, null)))
                .isEqualTo(rejected(RejectionCode.ILLEGAL_TRANSITION, "SMU-01 is already in service"));
    }

    @Test
    void anotherLabsInstrumentIsNotFound() {
        assertThat(asAdmin(new RecordMaintenance(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        otherLab.smu.id(),
                        null,
                        Lab.NOW.minus(Duration.ofHours(1)),
                        "Cleaned")))
                .isEqualTo(rejected(RejectionCode.NOT_FOUND, "The instrument was not found in this organization"));
    }

    @Test
    void aTaskOfAnotherInstrumentIsNotFound() {
        assertThat(asAdmin(new RecordMaintenance(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        lab.xrd.id(),
                        lab.smuMaintenance.id(),
                        Lab.NOW.minus(Duration.ofHours(1)),
                        "Cleaned")))
                .isEqualTo(
                        rejected(RejectionCode.NOT_FOUND, "The maintenance task was not found in this organization"));
    }

    @Test
    void maintenanceCannotBeDoneInTheFuture() {
        assertThat(asAdmin(new RecordMaintenance(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        lab.smu.id(),
                        null,
                        Lab.NOW.plus(Duration.ofDays(1)),
                        "Cleaned")))
                .isEqualTo(rejected(RejectionCode.INVALID_INPUT, "The date performed cannot be in the future"));
        assertThat(lab.state.eventsOf(lab.smu.id())).isEmpty();
    }

    @Test
    void anIntervalOfZeroDaysIsRefused() {
        assertThat(asAdmin(new PlanMaintenance(
                        lab.meta(lab.admin), Ids.newId(), lab.smu.id(), "Clean", 0, Lab.NOW.plus(Duration.ofDays(1)))))
                .isEqualTo(rejected(RejectionCode.INVALID_INPUT, "Interval (days) must be between 1 and 3650"));
    }

    @Test
    void aRunLimitOfZeroIsRefused() {
        assertThat(asAdmin(new EditInstrument(
                        lab.meta(lab.admin),
                        lab.smu.id(),
                        Ids.newId(),
                        "SMU-01",
                        InstrumentKind.SMU,
                        null,
                        "Bay 1",
                        0)))
                .isEqualTo(rejected(
                        RejectionCode.INVALID_INPUT,
                        "Requalify after runs must be between 1 and 100000, or empty for no limit"));
    }

    @Test
    void renamingToAnotherInstrumentsNameIsRefused() {
        assertThat(asAdmin(new EditInstrument(
                        lab.meta(lab.admin),
                        lab.smu.id(),
                        Ids.newId(),
                        "xrd-01",
                        InstrumentKind.SMU,
                        null,
                        "Bay 1",
                        null)))
                .isEqualTo(rejected(RejectionCode.DUPLICATE_NAME, "An instrument named XRD-01 is already registered"));
    }
}
