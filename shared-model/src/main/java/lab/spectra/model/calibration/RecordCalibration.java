package lab.spectra.model.calibration;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.Instrument;

/** Enters a calibration certificate; it is in force from {@code issuedAt} until {@code expiresAt}. */
public record RecordCalibration(
        CommandMeta meta,
        UUID calibrationId,
        UUID instrumentId,
        String certificateNumber,
        Instant issuedAt,
        Instant expiresAt,
        String performedBy,
        UUID certificateAttachmentId)
        implements Command {

    public RecordCalibration {
        CommandMeta.require(meta);
    }

    private static final int TEXT = 200;

    @Override
    public Action requiredAction() {
        return Action.RECORD_CALIBRATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Calibration id", calibrationId),
                () -> required("Instrument", instrumentId),
                () -> requiredText("Certificate number", certificateNumber, TEXT),
                () -> required("Issue date", issuedAt),
                () -> required("Expiry date", expiresAt),
                () -> optionalText("Performed by", performedBy, TEXT),
                () -> failIf(
                        !expiresAt.isAfter(issuedAt),
                        RejectionCode.INVALID_INPUT,
                        "A certificate must expire after it was issued"),
                () -> failIf(
                        issuedAt.isAfter(meta.authoredAt()),
                        RejectionCode.INVALID_INPUT,
                        "A certificate cannot be issued in the future"),
                () -> state.calibration(calibrationId).map(existing -> Checks.alreadyExists("A calibration")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Instrument> instrument = state.instrument(instrumentId).filter(found -> found.deletedAt() == null);
        if (instrument.isEmpty()) {
            return Checks.notFound("The instrument");
        }
        String number = clean(certificateNumber);
        Optional<Rejected> duplicate = state.calibrationsOf(instrumentId).stream()
                .filter(calibration -> calibration.certificateNumber().equalsIgnoreCase(number))
                .findFirst()
                .map(calibration -> new Rejected(
                        RejectionCode.ALREADY_EXISTS,
                        "Certificate " + number + " is already recorded for "
                                + instrument.get().name()));
        return Checks.decide(duplicate);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Calibration calibration = new Calibration(
                calibrationId,
                state.organizationId(),
                instrumentId,
                clean(certificateNumber),
                issuedAt.truncatedTo(ChronoUnit.MICROS),
                expiresAt.truncatedTo(ChronoUnit.MICROS),
                clean(performedBy),
                certificateAttachmentId,
                CalibrationState.VALID,
                null,
                null,
                null,
                meta.authorId(),
                now,
                now,
                1);
        return List.of(new RowChange.Inserted(calibration));
    }
}
