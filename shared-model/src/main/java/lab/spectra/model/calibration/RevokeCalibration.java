package lab.spectra.model.calibration;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
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

/**
 * Voids a certificate because the instrument was found out of tolerance. The instrument is
 * locked until a new certificate is recorded, and the runs that relied on this one are listed
 * for review ({@link ReverseTraceability}).
 */
public record RevokeCalibration(CommandMeta meta, UUID calibrationId, String reason) implements Command {

    public RevokeCalibration {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.REVOKE_CALIBRATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Calibration id", calibrationId),
                () -> requiredText("The reason for revoking", reason, 2000));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Calibration> calibration = state.calibration(calibrationId);
        if (calibration.isEmpty()) {
            return Checks.notFound("The calibration");
        }
        if (calibration.get().state() == CalibrationState.REVOKED) {
            return new Rejected(
                    RejectionCode.ILLEGAL_TRANSITION,
                    "Certificate " + calibration.get().certificateNumber() + " is already revoked");
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Calibration calibration = state.calibration(calibrationId).orElseThrow();
        return List.of(new RowChange.Updated(
                calibration, calibration.revoke(actor.userId(), clean(reason), meta.authoredAt(), now)));
    }
}
