package lab.spectra.model.instrument;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A preventive-maintenance task of an instrument's plan ("Replace the X-ray tube filter every 90
 * days"), with the date it is next due. Recording it done moves that date on by its interval.
 */
public record MaintenanceTask(
        UUID id,
        UUID organizationId,
        UUID instrumentId,
        String name,
        int intervalDays,
        Instant nextDueAt,
        Instant lastDoneAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public MaintenanceTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nextDueAt, "next_due_at");
        if (intervalDays < 1) {
            throw new IllegalArgumentException("A maintenance interval is at least one day");
        }
    }

    /** Done at that moment: next due one interval later (a late entry of an older job moves nothing back). */
    public MaintenanceTask doneAt(Instant performedAt, Instant now) {
        boolean newest = lastDoneAt == null || performedAt.isAfter(lastDoneAt);
        return new MaintenanceTask(
                id,
                organizationId,
                instrumentId,
                name,
                intervalDays,
                newest ? performedAt.plus(Duration.ofDays(intervalDays)) : nextDueAt,
                newest ? performedAt : lastDoneAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }

    public boolean overdueAt(Instant at) {
        return deletedAt == null && !at.isBefore(nextDueAt);
    }
}
