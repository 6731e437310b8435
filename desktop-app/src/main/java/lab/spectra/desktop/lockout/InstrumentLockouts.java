package lab.spectra.desktop.lockout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.protocol.Table;

/**
 * Evaluates every instrument from the local copy with the shared lockout rule, at the trusted
 * clock's time: at launch, and again while the app runs as certificates cross their expiry.
 */
public final class InstrumentLockouts {

    private static final String INSTRUMENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENTS, "i")
            + " FROM instruments i WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY i.name, i.id";
    /** Every certificate of the instruments listed: the rule picks the one in force. */
    private static final String CALIBRATIONS = "SELECT " + LocalRows.columns(Table.CALIBRATIONS, "c")
            + " FROM calibrations c JOIN instruments i ON i.id = c.instrument_id"
            + " WHERE c.organization_id = ? AND i.deleted_at IS NULL";

    private final LocalReads reads;
    private final Clock trustedClock;
    private final CalibrationLockout rule;

    public InstrumentLockouts(LocalReads reads, Clock trustedClock) {
        this(reads, trustedClock, OrganizationSettings.DEFAULTS.calibrationWarning());
    }

    /** @param warningWindow how long before its expiry a certificate is "expiring soon" (the lab's setting) */
    public InstrumentLockouts(LocalReads reads, Clock trustedClock, Duration warningWindow) {
        this.reads = reads;
        this.trustedClock = trustedClock;
        this.rule = new CalibrationLockout(warningWindow);
    }

    /** Every instrument not deleted, by name. Runs on a background thread (it reads the database). */
    public List<InstrumentLockout> evaluate() {
        return reads.read(rows -> {
            List<Instrument> instruments = rows.rows(Table.INSTRUMENTS, INSTRUMENTS, rows.organizationId());
            List<Calibration> calibrations = rows.rows(Table.CALIBRATIONS, CALIBRATIONS, rows.organizationId());
            Instant now = trustedClock.instant();
            return instruments.stream()
                    .map(instrument -> new InstrumentLockout(instrument, rule.evaluate(instrument, calibrations, now)))
                    .toList();
        });
    }
}
