package lab.spectra.desktop.admin.instruments;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.InstrumentMarker;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.protocol.Table;

/**
 * What the bench reads for instrument administration, from its local copy: every instrument with
 * its holds (the same evaluation the Instruments screen shows) and next maintenance, an
 * instrument's maintenance plan, and its timeline of events (the markers an SPC chart draws).
 */
public final class InstrumentAdminQueries {

    private static final String TASKS = "SELECT " + LocalRows.columns(Table.MAINTENANCE_TASKS, "t")
            + " FROM maintenance_tasks t WHERE t.organization_id = ? AND t.deleted_at IS NULL"
            + " ORDER BY t.next_due_at, t.id";
    private static final String EVENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENT_EVENTS, "e")
            + " FROM instrument_events e WHERE e.organization_id = ? AND e.instrument_id = ?";
    private static final String CALIBRATIONS = "SELECT " + LocalRows.columns(Table.CALIBRATIONS, "c")
            + " FROM calibrations c WHERE c.organization_id = ? AND c.instrument_id = ?";

    private final LocalReads reads;
    private final InstrumentLockouts lockouts;

    public InstrumentAdminQueries(LocalReads reads, Clock trustedClock) {
        this.reads = reads;
        this.lockouts = new InstrumentLockouts(reads, trustedClock);
    }

    /** Every instrument not deleted, by name, with its holds now and its next maintenance due. */
    public List<InstrumentAdminRow> all() {
        Map<UUID, MaintenanceTask> nextDue = plans().stream()
                .collect(Collectors.toMap(
                        MaintenanceTask::instrumentId,
                        Function.identity(),
                        (first, later) -> first.nextDueAt().isAfter(later.nextDueAt()) ? later : first));
        return lockouts.evaluate().stream()
                .map(lockout -> new InstrumentAdminRow(
                        lockout, nextDue.get(lockout.instrument().id())))
                .toList();
    }

    /** Every planned task of every instrument, next due first. */
    public List<MaintenanceTask> plans() {
        return reads.read(rows -> rows.rows(Table.MAINTENANCE_TASKS, TASKS, rows.organizationId()));
    }

    /** One instrument's plan, next due first. */
    public List<MaintenanceTask> planOf(UUID instrumentId) {
        return plans().stream()
                .filter(task -> task.instrumentId().equals(instrumentId))
                .sorted(Comparator.comparing(MaintenanceTask::nextDueAt))
                .toList();
    }

    /** The instrument's timeline, oldest first: what the server serves at {@code .../events}. */
    public List<InstrumentMarker> timelineOf(UUID instrumentId) {
        return reads.read(rows -> {
            List<InstrumentEvent> events =
                    rows.rows(Table.INSTRUMENT_EVENTS, EVENTS, rows.organizationId(), instrumentId);
            List<Calibration> calibrations =
                    rows.rows(Table.CALIBRATIONS, CALIBRATIONS, rows.organizationId(), instrumentId);
            return InstrumentMarker.timeline(events, calibrations);
        });
    }
}
