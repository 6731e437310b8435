package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Changes an instrument's particulars and its run limit. A new location is a move: it is recorded
 * as a relocation event (with {@code eventId}), and the instrument needs requalification before
 * its next run (ADR 0022).
 *
 * @param requalifyAfterRuns after how many runs it needs requalification; {@code null} for no limit
 */
public record EditInstrument(
        CommandMeta meta,
        UUID instrumentId,
        UUID eventId,
        String name,
        InstrumentKind kind,
        String serialNumber,
        String location,
        Integer requalifyAfterRuns)
        implements Command {

    public EditInstrument {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_INSTRUMENT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Instrument", instrumentId),
                () -> required("Event id", eventId),
                () -> requiredText("Instrument name", name, InstrumentChecks.TEXT),
                () -> required("Instrument kind", kind),
                () -> optionalText("Serial number", serialNumber, InstrumentChecks.TEXT),
                () -> optionalText("Location", location, InstrumentChecks.TEXT),
                () -> failIf(
                        requalifyAfterRuns != null
                                && (requalifyAfterRuns < 1 || requalifyAfterRuns > InstrumentChecks.MAX_RUN_LIMIT),
                        RejectionCode.INVALID_INPUT,
                        "Requalify after runs must be between 1 and " + InstrumentChecks.MAX_RUN_LIMIT
                                + ", or empty for no limit"),
                () -> InstrumentChecks.newEvent(state, eventId));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        if (InstrumentChecks.existing(state, instrumentId).isEmpty()) {
            return InstrumentChecks.instrumentNotFound();
        }
        Optional<Rejected> duplicate = state.instrumentByName(clean(name))
                .filter(other -> !other.id().equals(instrumentId))
                .map(other -> new Rejected(
                        RejectionCode.DUPLICATE_NAME,
                        "An instrument named " + other.name() + " is already registered"));
        return Checks.decide(duplicate);
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Instrument before = state.instrument(instrumentId).orElseThrow();
        Instrument after =
                before.edited(clean(name), kind, clean(serialNumber), clean(location), requalifyAfterRuns, now);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Updated(before, after));
        if (!Objects.equals(before.location(), after.location())) {
            changes.add(new RowChange.Inserted(new InstrumentEvent(
                    eventId,
                    state.organizationId(),
                    instrumentId,
                    InstrumentEventKind.RELOCATION,
                    meta.authoredAt(),
                    "Moved from " + orNowhere(before.location()) + " to " + orNowhere(after.location()),
                    null,
                    null,
                    null,
                    meta.authorId(),
                    now,
                    now,
                    1)));
        }
        return changes;
    }

    private static String orNowhere(String location) {
        return location == null ? "no recorded location" : location;
    }
}
