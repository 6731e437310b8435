package lab.spectra.desktop.lockout;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.availability.Hold;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.RequalificationRule;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.protocol.Table;

/**
 * Evaluates every instrument from the local copy with the shared lockout rule and the instrument
 * holds (status, requalification; ADR 0022), at the trusted clock's time: at launch, and again while the app runs as certificates cross their expiry.
 */
public final class InstrumentLockouts {

    private static final String INSTRUMENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENTS, "i")
            + " FROM instruments i WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY i.name, i.id";
    /** Every certificate of the instruments listed: the rule picks the one in force. */
    private static final String CALIBRATIONS = "SELECT " + LocalRows.columns(Table.CALIBRATIONS, "c")
            + " FROM calibrations c JOIN instruments i ON i.id = c.instrument_id"
            + " WHERE c.organization_id = ? AND i.deleted_at IS NULL";

    private static final String EVENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENT_EVENTS, "e")
            + " FROM instrument_events e WHERE e.organization_id = ?";
    private static final String RUNS_STARTED =
            "SELECT COUNT(*) FROM runs WHERE organization_id = ? AND instrument_id = ? AND started_at <= ?";

    private final LocalReads reads;
    private final Clock trustedClock;
    private final CalibrationLockout rule;
    private final RequalificationRule requalification = new RequalificationRule();

    public InstrumentLockouts(LocalReads reads, Clock trustedClock) {
        this(reads, trustedClock, OrganizationSettings.DEFAULTS.calibrationWarning());
    }

    /** @param warningWindow how long before its expiry a certificate is "expiring soon" (the lab's setting) */
    public InstrumentLockouts(LocalReads reads, Clock trustedClock, Duration warningWindow) {
        this.reads = reads;
        this.trustedClock = trustedClock;
        this.rule = new CalibrationLockout(warningWindow);
    }

    /** The instrument's own holds, judged by the same rules {@code StartRun} runs. */
    private List<Hold> holdsOn(Instrument instrument, List<InstrumentEvent> events, LocalRows rows, Instant now) {
        List<Hold> holds = new ArrayList<>();
        if (!instrument.inService()) {
            holds.add(new Hold.InstrumentNotInService(instrument));
        }
        requalification
                .pending(instrument, events, (id, after, until) -> runsStartedOn(rows, id, after, until), now)
                .ifPresent(trigger -> holds.add(new Hold.RequalificationNeeded(instrument.name(), trigger)));
        return holds;
    }

    private static long runsStartedOn(LocalRows rows, UUID instrumentId, Instant after, Instant until) {
        OffsetDateTime upTo = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
        try {
            List<Long> count = after == null
                    ? rows.list(RUNS_STARTED, row -> row.getLong(1), rows.organizationId(), instrumentId, upTo)
                    : rows.list(
                            RUNS_STARTED + " AND started_at > ?",
                            row -> row.getLong(1),
                            rows.organizationId(),
                            instrumentId,
                            upTo,
                            OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
            return count.get(0);
        } catch (SQLException e) {
            throw new DataAccessException("Could not count the instrument's runs", e);
        }
    }

    /** Every instrument not deleted, by name. Runs on a background thread (it reads the database). */
    public List<InstrumentLockout> evaluate() {
        return reads.read(rows -> {
            List<Instrument> instruments = rows.rows(Table.INSTRUMENTS, INSTRUMENTS, rows.organizationId());
            List<Calibration> calibrations = rows.rows(Table.CALIBRATIONS, CALIBRATIONS, rows.organizationId());
            List<InstrumentEvent> events = rows.rows(Table.INSTRUMENT_EVENTS, EVENTS, rows.organizationId());
            Instant now = trustedClock.instant();
            return instruments.stream()
                    .map(instrument -> new InstrumentLockout(
                            instrument,
                            rule.evaluate(instrument, calibrations, now),
                            holdsOn(instrument, events, rows, now)))
                    .toList();
        });
    }
}
