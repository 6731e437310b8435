package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
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
import lab.spectra.model.command.RowChange;

public record CreateDevice(CommandMeta meta, UUID deviceId, UUID waferId, String name, String deviceType)
        implements Command {

    public CreateDevice {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_DEVICE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Device id", deviceId),
                () -> required("Wafer", waferId),
                () -> requiredText("Device name", name, SampleLimits.NAME),
                () -> optionalText("Device type", deviceType, SampleLimits.NAME),
                () -> state.device(deviceId).map(existing -> Checks.alreadyExists("A device")),
                () -> LiveParts.wafer(state, waferId).isPresent() ? pass() : Optional.of(Checks.notFound("The wafer")));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Device device = new Device(
                deviceId, state.organizationId(), waferId, clean(name), clean(deviceType), null, now, now, null, 1);
        return List.of(new RowChange.Inserted(device));
    }
}
