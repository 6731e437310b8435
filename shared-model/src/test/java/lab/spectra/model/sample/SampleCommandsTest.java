package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.InMemoryDomainState;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

class SampleCommandsTest {

    private final Lab lab = new Lab();

    @Test
    void aNewSampleIsStoredTrimmedAndReceived() {
        CreateSample create =
                new CreateSample(lab.meta(lab.engineer), Ids.newId(), "  SiC lot 7 ", " S-0107 ", null, "  ", null);
        assertThat(lab.handle(create, lab.engineer)).isInstanceOf(Applied.class);
        Sample created = lab.state.sample(create.sampleId()).orElseThrow();
        assertThat(created.name()).isEqualTo("SiC lot 7");
        assertThat(created.barcode()).isEqualTo("S-0107");
        assertThat(created.location()).isNull();
        assertThat(created.status()).isEqualTo(SampleStatus.RECEIVED);
        assertThat(created.createdBy()).isEqualTo(lab.engineer.userId());
    }

    @Test
    void aBarcodeIsUniqueWithinTheOrganization() {
        CreateSample duplicate =
                new CreateSample(lab.meta(lab.engineer), Ids.newId(), "Another", "S-0001", null, null, null);
        assertThat(lab.handle(duplicate, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.DUPLICATE_BARCODE, "Barcode S-0001 is already used by sample GaN-on-Si #1"));
    }

    @Test
    void anotherOrganizationMayUseTheSameBarcode() {
        CreateSample ours = new CreateSample(lab.meta(lab.engineer), Ids.newId(), "Ours", "S-7777", null, null, null);
        assertThat(lab.handle(ours, lab.engineer)).isInstanceOf(Applied.class);
        InMemoryDomainState sharedDatabase = lab.state;
        Lab otherLab = new Lab();
        otherLab.state.put(sharedDatabase.sample(ours.sampleId()).orElseThrow());
        CreateSample sameBarcode =
                new CreateSample(otherLab.meta(otherLab.engineer), Ids.newId(), "Theirs", "S-7777", null, null, null);
        assertThat(otherLab.handle(sameBarcode, otherLab.engineer)).isInstanceOf(Applied.class);
    }

    @Test
    void aSampleNameIsRequired() {
        CreateSample blank = new CreateSample(lab.meta(lab.engineer), Ids.newId(), " ", "S-9", null, null, null);
        assertThat(lab.handle(blank, lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Sample name is required"));
    }

    @Test
    void overlongTextIsRefused() {
        CreateSample tooLong =
                new CreateSample(lab.meta(lab.engineer), Ids.newId(), "x".repeat(201), "S-9", null, null, null);
        assertThat(lab.handle(tooLong, lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Sample name is longer than 200 characters"));
    }

    @Test
    void aWaferNeedsAnExistingSampleAndADeviceAnExistingWafer() {
        assertThat(lab.handle(
                        new CreateWafer(lab.meta(lab.engineer), Ids.newId(), Ids.newId(), "W9", null), lab.engineer))
                .extracting(o -> ((Rejected) o).code())
                .isEqualTo(RejectionCode.NOT_FOUND);
        assertThat(lab.handle(
                        new CreateDevice(lab.meta(lab.engineer), Ids.newId(), Ids.newId(), "D9", null), lab.engineer))
                .extracting(o -> ((Rejected) o).code())
                .isEqualTo(RejectionCode.NOT_FOUND);
    }
}
