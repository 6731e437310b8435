package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;

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
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Puts an instrument in service, out of service (with a reason people will read in every refusal)
 * or under maintenance. Retired is a status older data may hold; it is not set here. The change is
 * a status event on the instrument's timeline.
 */
public record ChangeInstrumentStatus(
        CommandMeta meta, UUID instrumentId, UUID eventId, InstrumentStatus status, String reason) implements Command {

    public ChangeInstrumentStatus {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CHANGE_INSTRUMENT_STATUS;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Instrument", instrumentId),
                () -> required("Event id", eventId),
                () -> required("Status", status),
                () -> failIf(
                        status == InstrumentStatus.RETIRED,
                        RejectionCode.INVALID_INPUT,
                        "Status must be in service, out of service or under maintenance"),
                () -> failIf(
                        status == InstrumentStatus.OUT_OF_SERVICE && clean(reason) == null,
                        RejectionCode.INVALID_INPUT,
                        "A reason is required to take an instrument out of service"),
                () -> optionalText("Reason", reason, InstrumentChecks.LONG_TEXT),
                () -> InstrumentChecks.newEvent(state, eventId));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Instrument> instrument = InstrumentChecks.existing(state, instrumentId);
        if (instrument.isEmpty()) {
            return InstrumentChecks.instrumentNotFound();
        }
        InstrumentStatus current = instrument.get().status();
        return Checks.inOrder(
                () -> failIf(
                        current == InstrumentStatus.RETIRED,
                        RejectionCode.ILLEGAL_TRANSITION,
                        instrument.get().name() + " is retired"),
                () -> failIf(
                        current == status,
                        RejectionCode.ILLEGAL_TRANSITION,
                        instrument.get().name() + " is already " + status.inWords()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Instrument before = state.instrument(instrumentId).orElseThrow();
        String why = status == InstrumentStatus.IN_SERVICE ? null : clean(reason);
        Instrument after = before.withStatus(status, why, now);
        String label = "Status: " + status.inWords() + (why == null ? "" : " (" + why + ")");
        return List.of(
                new RowChange.Updated(before, after),
                new RowChange.Inserted(new InstrumentEvent(
                        eventId,
                        state.organizationId(),
                        instrumentId,
                        InstrumentEventKind.STATUS,
                        meta.authoredAt(),
                        label,
                        null,
                        status,
                        why,
                        meta.authorId(),
                        now,
                        now,
                        1)));
    }
}
