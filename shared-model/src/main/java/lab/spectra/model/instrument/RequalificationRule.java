package lab.spectra.model.instrument;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.DomainState;

/**
 * Whether an instrument needs requalification at a moment (ADR 0022): a maintenance or a move after
 * its last requalification, or as many runs since then as its run limit allows. Judged from events
 * up to that moment only, so the bench (offline, at the author's time) and the server (at the time
 * it vouches for) agree, and a requalification recorded after a trigger clears it.
 */
public final class RequalificationRule {

    /** How many runs were started on an instrument in a span, as {@link DomainState#runsStartedOn} counts them. */
    @FunctionalInterface
    public interface RunCount {
        long startedOn(UUID instrumentId, Instant after, Instant until);
    }

    /** The earliest trigger still waiting at {@code at}, or empty when the instrument is qualified. */
    public Optional<RequalificationTrigger> pending(Instrument instrument, DomainState state, Instant at) {
        return pending(instrument, state.eventsOf(instrument.id()), state::runsStartedOn, at);
    }

    /**
     * The same, from the instrument's events as a screen has them in hand.
     *
     * @param events the instrument's events (others are ignored), in any order
     */
    public Optional<RequalificationTrigger> pending(
            Instrument instrument, List<InstrumentEvent> events, RunCount runCount, Instant at) {
        List<InstrumentEvent> known = events.stream()
                .filter(event -> event.instrumentId().equals(instrument.id()))
                .filter(event -> !event.occurredAt().isAfter(at))
                .toList();
        Optional<Instant> lastQualified = known.stream()
                .filter(event -> event.kind() == InstrumentEventKind.REQUALIFICATION)
                .map(InstrumentEvent::occurredAt)
                .max(Comparator.naturalOrder());
        Optional<RequalificationTrigger> event = known.stream()
                .filter(InstrumentEvent::callsForRequalification)
                .filter(trigger -> lastQualified
                        .map(qualified -> trigger.occurredAt().isAfter(qualified))
                        .orElse(true))
                .min(Comparator.comparing(InstrumentEvent::occurredAt))
                .map(RequalificationRule::trigger);
        if (event.isPresent() || instrument.requalifyAfterRuns() == null) {
            return event;
        }
        int limit = instrument.requalifyAfterRuns();
        long runs = runCount.startedOn(instrument.id(), lastQualified.orElse(null), at);
        return runs >= limit
                ? Optional.of(new RequalificationTrigger.AfterRuns(limit, runs, lastQualified.orElse(null), at))
                : Optional.empty();
    }

    private static RequalificationTrigger trigger(InstrumentEvent event) {
        return event.kind() == InstrumentEventKind.MAINTENANCE
                ? new RequalificationTrigger.AfterMaintenance(event.occurredAt(), event.label())
                : new RequalificationTrigger.AfterRelocation(event.occurredAt(), event.label());
    }
}
