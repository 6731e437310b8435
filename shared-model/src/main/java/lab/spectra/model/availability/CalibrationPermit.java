package lab.spectra.model.availability;

import java.util.Optional;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.command.DomainState;

/** The calibration lockout as a permit: the instrument's certificate must be in force. */
public final class CalibrationPermit implements Permit {

    private final CalibrationLockout lockout = new CalibrationLockout();

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        CalibrationStatus status = lockout.evaluate(
                request.instrument(), state.calibrationsOf(request.instrument().id()), request.at());
        if (status instanceof CalibrationStatus.Expired expired) {
            return Optional.of(new Hold.CalibrationExpired(expired));
        }
        if (status instanceof CalibrationStatus.Revoked revoked) {
            return Optional.of(new Hold.CalibrationRevoked(revoked));
        }
        if (status instanceof CalibrationStatus.Missing missing) {
            return Optional.of(new Hold.CalibrationMissing(missing));
        }
        return Optional.empty();
    }
}
