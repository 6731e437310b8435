package lab.spectra.server.analysis;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentMarker;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Instruments, and the calibration state of each as the lockout rule judges it. */
public final class InstrumentQueries {

    /**
     * One instrument's calibration state as the status endpoint reports it.
     *
     * @param status valid, expiring, expired, revoked or missing
     */
    public record InstrumentStatus(
            UUID instrumentId,
            String instrumentName,
            InstrumentKind kind,
            String status,
            UUID calibrationId,
            Instant expiresAt,
            String message) {}

    private final TenantReads reads;
    private final CalibrationLockout lockout = new CalibrationLockout();

    public InstrumentQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Instruments that are not deleted, in the order they were registered. */
    public Page<Instrument> page(UserAccount viewer, PageRequest page) {
        return reads.page(viewer, Table.INSTRUMENTS, Conditions.where("deleted_at IS NULL"), page);
    }

    /** The instrument's timeline (empty when it is not this organization's, or deleted). */
    public Optional<List<InstrumentMarker>> events(UserAccount viewer, UUID instrumentId) {
        return reads.read(viewer, state -> state.instrument(instrumentId)
                .filter(instrument -> instrument.deletedAt() == null)
                .map(instrument ->
                        InstrumentMarker.timeline(state.eventsOf(instrumentId), state.calibrationsOf(instrumentId))));
    }

    /** The instrument's planned maintenance tasks, next due first. */
    public Optional<List<MaintenanceTask>> maintenancePlan(UserAccount viewer, UUID instrumentId) {
        return reads.read(viewer, state -> state.instrument(instrumentId)
                .filter(instrument -> instrument.deletedAt() == null)
                .map(instrument -> state.maintenanceTasksOf(instrumentId).stream()
                        .filter(task -> task.deletedAt() == null)
                        .sorted(Comparator.comparing(MaintenanceTask::nextDueAt))
                        .toList()));
    }

    /**
     * Every instrument in use, by name, with its calibration state at {@code now}. A lab has tens
     * of instruments, not thousands, so this list is not paged; it is read in two queries however
     * many there are.
     */
    public List<InstrumentStatus> calibrationStatus(UserAccount viewer, Instant now) {
        return reads.read(viewer, state -> {
            List<Instrument> instruments = state.findOrdered(Table.INSTRUMENTS, "deleted_at IS NULL", "ORDER BY name");
            Map<UUID, List<Calibration>> calibrations = state
                    .<Calibration>find(
                            Table.CALIBRATIONS,
                            "instrument_id IN (SELECT i.id FROM instruments i WHERE i.deleted_at IS NULL)")
                    .stream()
                    .collect(Collectors.groupingBy(Calibration::instrumentId));
            return instruments.stream()
                    .map(instrument -> statusOf(
                            instrument,
                            lockout.evaluate(instrument, calibrations.getOrDefault(instrument.id(), List.of()), now)))
                    .toList();
        });
    }

    private static InstrumentStatus statusOf(Instrument instrument, CalibrationStatus status) {
        String name;
        Calibration calibration = null;
        if (status instanceof CalibrationStatus.Valid valid) {
            name = "valid";
            calibration = valid.calibration();
        } else if (status instanceof CalibrationStatus.ExpiringSoon expiring) {
            name = "expiring";
            calibration = expiring.calibration();
        } else if (status instanceof CalibrationStatus.Expired expired) {
            name = "expired";
            calibration = expired.calibration();
        } else if (status instanceof CalibrationStatus.Revoked revoked) {
            name = "revoked";
            calibration = revoked.calibration();
        } else {
            name = "missing";
        }
        return new InstrumentStatus(
                instrument.id(),
                instrument.name(),
                instrument.kind(),
                name,
                calibration == null ? null : calibration.id(),
                calibration == null ? null : calibration.expiresAt(),
                status.message());
    }
}
