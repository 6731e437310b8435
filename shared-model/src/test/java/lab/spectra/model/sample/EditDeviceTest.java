package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Device name and type are free text: edits are trimmed, and the later edit wins (ADR 0004). */
class EditDeviceTest {

    private final Lab lab = new Lab();

    private Device current() {
        return lab.state.device(lab.device.id()).orElseThrow();
    }

    @Test
    void anEditRenamesTheDeviceAndLeavesUntouchedFieldsAlone() {
        EditDevice rename = new EditDevice(
                lab.meta(lab.engineer), lab.device.id(), new FieldChange<>("HEMT-A1", "  HEMT-A1 (thinned) "), null);

        assertThat(lab.handle(rename, lab.engineer)).isInstanceOf(Applied.class);

        assertThat(current().name()).isEqualTo("HEMT-A1 (thinned)");
        assertThat(current().deviceType()).isEqualTo("HEMT");
        assertThat(current().rowVersion()).isEqualTo(2);
    }

    @Test
    void theLaterEditWinsEvenIfItsAuthorSawAnOlderName() {
        lab.handle(
                new EditDevice(lab.meta(lab.engineer), lab.device.id(), new FieldChange<>("HEMT-A1", "A1"), null),
                lab.engineer);

        EditDevice later =
                new EditDevice(lab.meta(lab.pi), lab.device.id(), new FieldChange<>("HEMT-A1", "A1-b"), null);

        assertThat(lab.handle(later, lab.pi)).isInstanceOf(Applied.class);
        assertThat(current().name()).isEqualTo("A1-b");
    }

    @Test
    void aBlankDeviceTypeIsCleared() {
        lab.handle(
                new EditDevice(lab.meta(lab.engineer), lab.device.id(), null, new FieldChange<>("HEMT", " ")),
                lab.engineer);

        assertThat(current().deviceType()).isNull();
    }

    @Test
    void aDeviceCannotLoseItsName() {
        assertThat(lab.handle(
                        new EditDevice(lab.meta(lab.engineer), lab.device.id(), new FieldChange<>("HEMT-A1", ""), null),
                        lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Device name is required"));
    }

    @Test
    void aDeviceOfAnotherOrganizationIsNotFound() {
        Lab otherLab = new Lab();
        lab.state.put(otherLab.device);

        assertThat(lab.handle(
                        new EditDevice(
                                lab.meta(lab.engineer),
                                otherLab.device.id(),
                                new FieldChange<>("HEMT-A1", "mine"),
                                null),
                        lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The device was not found in this organization"));
    }
}
