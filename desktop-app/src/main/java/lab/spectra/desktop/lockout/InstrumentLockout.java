package lab.spectra.desktop.lockout;

import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.instrument.Instrument;

/** An instrument with its calibration status at the moment it was evaluated. */
public record InstrumentLockout(Instrument instrument, CalibrationStatus calibration) {

    public boolean locked() {
        return calibration.locked();
    }

    public boolean expiringSoon() {
        return calibration instanceof CalibrationStatus.ExpiringSoon;
    }
}
