package lab.spectra.desktop.instruments;

import java.time.Instant;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.calibration.CalibrationStatus;

/**
 * One certificate of the calibration history with its state in words, judged at the trusted
 * time it was read: "valid", "expired", "not yet in force" or "revoked on … (reason)".
 */
public record CertificateRow(Calibration calibration, String state) {

    static CertificateRow of(Calibration calibration, Instant now) {
        return new CertificateRow(calibration, stateOf(calibration, now));
    }

    public boolean revoked() {
        return calibration.state() == CalibrationState.REVOKED;
    }

    /** Dates as the calibration sentences print them: UTC calendar days. */
    public static String date(Instant instant) {
        return instant == null ? "" : CalibrationStatus.DATE.format(instant);
    }

    private static String stateOf(Calibration calibration, Instant now) {
        if (calibration.state() == CalibrationState.REVOKED) {
            Instant at = calibration.revokedAt() != null ? calibration.revokedAt() : calibration.updatedAt();
            String reason = calibration.revocationReason();
            return "revoked on " + date(at) + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        }
        if (!now.isBefore(calibration.expiresAt())) {
            return "expired";
        }
        if (calibration.issuedAt().isAfter(now)) {
            return "not yet in force";
        }
        return "valid";
    }
}
