package lab.spectra.desktop.lockout;

import java.util.List;
import lab.spectra.model.availability.Hold;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.instrument.Instrument;

/**
 * An instrument with its calibration status at the moment it was evaluated, and the holds on the
 * instrument itself then (not in service, needs requalification; ADR 0022), in the availability
 * model's order.
 */
public record InstrumentLockout(Instrument instrument, CalibrationStatus calibration, List<Hold> holds) {

    public InstrumentLockout {
        holds = List.copyOf(holds);
    }

    /** Only the calibration is known (instruments evaluated before the instrument holds existed, tests). */
    public InstrumentLockout(Instrument instrument, CalibrationStatus calibration) {
        this(instrument, calibration, List.of());
    }

    public boolean locked() {
        return !holds.isEmpty() || calibration.locked();
    }

    public boolean expiringSoon() {
        return calibration instanceof CalibrationStatus.ExpiringSoon;
    }

    /** What stands in the way first: the instrument's own hold, else the calibration's sentence. */
    public String message() {
        return holds.isEmpty() ? calibration.message() : holds.get(0).message();
    }

    /** The instrument's own holds in words, or empty when it is in service and qualified. */
    public String holdMessage() {
        return String.join("; ", holds.stream().map(Hold::message).toList());
    }
}
