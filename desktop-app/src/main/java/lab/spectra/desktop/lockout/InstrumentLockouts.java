package lab.spectra.desktop.lockout;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.protocol.Table;

/**
 * Evaluates every instrument from the local copy with the shared lockout rule, at the trusted
 * clock's time: at launch, and again while the app runs as certificates cross their expiry.
 */
public final class InstrumentLockouts {

    private final Workstation workstation;
    private final Clock trustedClock;
    private final CalibrationLockout rule = new CalibrationLockout();

    public InstrumentLockouts(Workstation workstation, Clock trustedClock) {
        this.workstation = workstation;
        this.trustedClock = trustedClock;
    }

    /** Every instrument not deleted, by name. Runs on a background thread (it reads the database). */
    public List<InstrumentLockout> evaluate() {
        return workstation.read(state -> {
            List<Calibration> calibrations = state.find(Table.CALIBRATIONS, "1 = 1");
            List<Instrument> instruments = state.findOrdered(Table.INSTRUMENTS, "deleted_at IS NULL", "ORDER BY name");
            return instruments.stream()
                    .map(instrument -> new InstrumentLockout(
                            instrument, rule.evaluate(instrument, calibrations, trustedClock.instant())))
                    .sorted(Comparator.comparing(lockout -> lockout.instrument().name()))
                    .toList();
        });
    }
}
