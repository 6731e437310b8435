package lab.spectra.model.instrument;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The status an instrument had at a moment, read from its status events: a command authored while
 * the instrument was in service is judged by that, even when a later change to out of service
 * reached the deciding side first (the same rule as a certificate judged at the authored time,
 * ADR 0012, 0022). An instrument whose status never changed after the moment has its current
 * status; one registered before any status event was in service until the first.
 */
public final class StatusInForce {

    private StatusInForce() {}

    /** The instrument as it stood at {@code at}: its status and reason then, everything else as now. */
    public static Instrument at(Instrument instrument, Collection<InstrumentEvent> events, Instant at) {
        Comparator<InstrumentEvent> byTime =
                Comparator.comparing(InstrumentEvent::occurredAt).thenComparing(InstrumentEvent::createdAt);
        boolean changedSince = events.stream()
                .anyMatch(event -> event.status() != null && event.occurredAt().isAfter(at));
        if (!changedSince) {
            return instrument;
        }
        Optional<InstrumentEvent> lastBefore = events.stream()
                .filter(event -> event.status() != null && !event.occurredAt().isAfter(at))
                .max(byTime);
        return lastBefore
                .map(event -> instrument.withStatus(event.status(), event.statusReason(), instrument.updatedAt()))
                .orElseGet(() -> instrument.withStatus(InstrumentStatus.IN_SERVICE, null, instrument.updatedAt()));
    }
}
