package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
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
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Renames a device or changes its type; a field left {@code null} is not touched.
 *
 * <p>Conflict rule (ADR 0004): both are free text, so the later edit wins and the audit trail
 * keeps both versions; {@code from} is carried for the record but does not block the edit.
 */
public record EditDevice(CommandMeta meta, UUID deviceId, FieldChange<String> name, FieldChange<String> deviceType)
        implements Command {

    public EditDevice {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_DEVICE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> Checks.required("Device id", deviceId),
                () -> Checks.failIf(
                        name == null && deviceType == null, RejectionCode.INVALID_INPUT, "The edit changes nothing"),
                () -> name == null ? pass() : requiredText("Device name", name.to(), SampleLimits.NAME),
                () -> deviceType == null ? pass() : optionalText("Device type", deviceType.to(), SampleLimits.NAME),
                () -> device(state).isPresent() ? pass() : Optional.of(Checks.notFound("The device")));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Device current = device(state).orElseThrow();
        Device edited = current.edited(
                name == null ? current.name() : clean(name.to()),
                deviceType == null ? current.deviceType() : clean(deviceType.to()),
                now);
        return List.of(new RowChange.Updated(current, edited));
    }

    private Optional<Device> device(DomainState state) {
        return LiveParts.device(state, deviceId);
    }
}
