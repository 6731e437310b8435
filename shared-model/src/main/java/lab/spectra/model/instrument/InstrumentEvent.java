package lab.spectra.model.instrument;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * Something that happened to an instrument: a maintenance done, a requalification, a move, a change
 * of status. Maintenance and moves call for a requalification (ADR 0022); all of them are markers
 * on the instrument's timeline.
 *
 * @param occurredAt        when it happened (a maintenance may be entered after it was done)
 * @param label             what happened, in words ("Tube replaced", "Moved from Bay 1 to Bay 3")
 * @param maintenanceTaskId the planned task a maintenance fulfils, if any
 * @param status            for a status event, the status the instrument took, so a command can be
 *                          judged against the status in force at its authored time (ADR 0022)
 * @param statusReason      for a status event, why the instrument left service
 */
public record InstrumentEvent(
        UUID id,
        UUID organizationId,
        UUID instrumentId,
        InstrumentEventKind kind,
        Instant occurredAt,
        String label,
        UUID maintenanceTaskId,
        InstrumentStatus status,
        String statusReason,
        UUID recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public InstrumentEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurred_at");
        Objects.requireNonNull(label, "label");
        if ((kind == InstrumentEventKind.STATUS) != (status != null)) {
            throw new IllegalArgumentException("A status event, and only a status event, names the status taken");
        }
        if (kind == InstrumentEventKind.CALIBRATION) {
            throw new IllegalArgumentException("Calibrations are calibration rows, not instrument events");
        }
    }

    /** Whether this event calls for a requalification before the instrument is used again. */
    public boolean callsForRequalification() {
        return kind == InstrumentEventKind.MAINTENANCE || kind == InstrumentEventKind.RELOCATION;
    }
}
