package lab.spectra.model.calibration;

import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Attaches the certificate's file (the scan or PDF from the calibration lab) to a recorded
 * certificate, like {@link AttachFile} attaches raw data to a run: this row says the file belongs
 * to the certificate; the bytes travel apart by their SHA-256 (ADR 0019). Whoever may record a
 * certificate may attach its file; a later file replaces the earlier one as the certificate's file,
 * and both stay on record.
 */
public record AttachCertificate(
        CommandMeta meta,
        UUID attachmentId,
        UUID calibrationId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String contentSha256)
        implements Command {

    /** The table of records certificate files belong to. */
    public static final String CALIBRATIONS = "calibrations";

    public AttachCertificate {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RECORD_CALIBRATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Attachment id", attachmentId),
                () -> required("Certificate", calibrationId),
                () -> requiredText("File name", fileName, AttachFile.MAX_FILE_NAME),
                () -> Checks.failIf(
                        fileName != null && (fileName.contains("/") || fileName.contains("\\")),
                        RejectionCode.INVALID_INPUT,
                        "The file name is a name, without folders"),
                () -> optionalText("Media type", mediaType, 200),
                () -> Checks.failIf(sizeBytes < 0, RejectionCode.INVALID_INPUT, "A file cannot have a negative size"),
                () -> Checks.failIf(
                        contentSha256 == null || !contentSha256.matches("[0-9a-f]{64}"),
                        RejectionCode.INVALID_INPUT,
                        "The file's SHA-256 is 64 lower-case hexadecimal digits"),
                () -> state.attachment(attachmentId).map(existing -> Checks.alreadyExists("An attachment")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Calibration> calibration = state.calibration(calibrationId);
        return calibration.isPresent() ? Decision.ACCEPTED : Checks.notFound("The certificate");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Calibration calibration = state.calibration(calibrationId).orElseThrow();
        return List.of(
                new RowChange.Inserted(new Attachment(
                        attachmentId,
                        state.organizationId(),
                        CALIBRATIONS,
                        calibrationId,
                        fileName.strip(),
                        Checks.clean(mediaType),
                        sizeBytes,
                        contentSha256,
                        actor.userId(),
                        now,
                        null,
                        1)),
                new RowChange.Updated(calibration, calibration.withCertificateFile(attachmentId, now)));
    }
}
