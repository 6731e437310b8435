package lab.spectra.model.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** A certificate's scanned file is an attachment of the calibration, which then names it. */
class ACertificatesFileIsAttachedToItsCalibrationTest {

    private final Lab lab = new Lab();

    private AttachCertificate attach(UUID calibration) {
        return new AttachCertificate(
                lab.meta(lab.admin),
                Ids.newId(),
                calibration,
                "CAL-SMU-01.pdf",
                "application/pdf",
                48_213,
                "0f".repeat(32));
    }

    @Test
    void theFileBelongsToTheCalibrationAndTheCalibrationNamesIt() {
        AttachCertificate attach = attach(lab.smuCalibration.id());

        assertThat(lab.handle(attach, lab.admin)).isInstanceOf(Applied.class);

        assertThat(lab.state.calibration(lab.smuCalibration.id()).orElseThrow().certificateAttachmentId())
                .isEqualTo(attach.attachmentId());
        assertThat(lab.state.attachmentsOf(AttachCertificate.CALIBRATIONS, lab.smuCalibration.id()))
                .extracting(Attachment::fileName)
                .containsExactly("CAL-SMU-01.pdf");
    }

    @Test
    void anotherLabsCertificateIsNotFound() {
        Lab other = new Lab();

        assertThat(lab.handle(attach(other.smuCalibration.id()), lab.admin))
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The certificate was not found in this organization"));
    }
}
