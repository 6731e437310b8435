package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
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
 * Adds an instrument. Its name (e.g. XRD-01) is how people and lockout messages refer to it, so
 * it is unique within the organization.
 */
public record RegisterInstrument(
        CommandMeta meta, UUID instrumentId, String name, InstrumentKind kind, String serialNumber, String location)
        implements Command {

    public RegisterInstrument {
        CommandMeta.require(meta);
    }

    private static final int TEXT = 200;

    @Override
    public Action requiredAction() {
        return Action.REGISTER_INSTRUMENT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Instrument id", instrumentId),
                () -> requiredText("Instrument name", name, TEXT),
                () -> required("Instrument kind", kind),
                () -> optionalText("Serial number", serialNumber, TEXT),
                () -> optionalText("Location", location, TEXT),
                () -> state.instrument(instrumentId).map(existing -> Checks.alreadyExists("An instrument")),
                () -> state.instrumentByName(clean(name))
                        .map(other -> new Rejected(
                                RejectionCode.DUPLICATE_NAME,
                                "An instrument named " + other.name() + " is already registered")));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Instrument instrument = new Instrument(
                instrumentId,
                state.organizationId(),
                clean(name),
                kind,
                clean(serialNumber),
                clean(location),
                InstrumentStatus.IN_SERVICE,
                null,
                null,
                null,
                now,
                now,
                null,
                1);
        return List.of(new RowChange.Inserted(instrument));
    }
}
