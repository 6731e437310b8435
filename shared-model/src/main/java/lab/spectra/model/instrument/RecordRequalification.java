package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * Records that an instrument was requalified (its performance checked against its specification)
 * at {@code performedAt}: every maintenance and move before then is answered, and its run count
 * starts again (ADR 0022).
 */
public record RecordRequalification(
        CommandMeta meta, UUID eventId, UUID instrumentId, Instant performedAt, String summary) implements Command {

    public RecordRequalification {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RECORD_REQUALIFICATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Event id", eventId),
                () -> required("Instrument", instrumentId),
                () -> required("Date performed", performedAt),
                () -> requiredText("Summary", summary, InstrumentChecks.LONG_TEXT),
                () -> InstrumentChecks.notInTheFuture("The date performed", performedAt, meta.authoredAt()),
                () -> InstrumentChecks.newEvent(state, eventId));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        return InstrumentChecks.existing(state, instrumentId).isPresent()
                ? Decision.ACCEPTED
                : InstrumentChecks.instrumentNotFound();
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        return List.of(new RowChange.Inserted(new InstrumentEvent(
                eventId,
                state.organizationId(),
                instrumentId,
                InstrumentEventKind.REQUALIFICATION,
                performedAt.truncatedTo(ChronoUnit.MICROS),
                "Requalified: " + clean(summary),
                null,
                null,
                null,
                meta.authorId(),
                now,
                now,
                1)));
    }
}
