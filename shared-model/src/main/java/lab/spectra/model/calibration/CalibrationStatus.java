package lab.spectra.model.calibration;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/**
 * An instrument's calibration at one moment, with the sentence a technician is shown. Dates are
 * printed as UTC calendar dates, the same on the bench and on the server.
 */
public sealed interface CalibrationStatus {

    DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    String instrumentName();

    String message();

    /** The refusal a run or result on this instrument gets, or empty when it may be used. */
    Optional<Rejected> lockout();

    default boolean locked() {
        return lockout().isPresent();
    }

    record Valid(String instrumentName, Calibration calibration) implements CalibrationStatus {
        @Override
        public String message() {
            return "Calibration for " + instrumentName + " is valid until " + DATE.format(calibration.expiresAt());
        }

        @Override
        public Optional<Rejected> lockout() {
            return Optional.empty();
        }
    }

    /** Still usable, but the lab should recalibrate soon. */
    record ExpiringSoon(String instrumentName, Calibration calibration, Duration remaining)
            implements CalibrationStatus {
        @Override
        public String message() {
            return "Calibration for " + instrumentName + " expires on " + DATE.format(calibration.expiresAt()) + " (in "
                    + humanize(remaining) + ")";
        }

        @Override
        public Optional<Rejected> lockout() {
            return Optional.empty();
        }

        private static String humanize(Duration remaining) {
            long days = remaining.toDays();
            if (days >= 1) {
                return days == 1 ? "1 day" : days + " days";
            }
            long hours = remaining.toHours();
            if (hours >= 1) {
                return hours == 1 ? "1 hour" : hours + " hours";
            }
            return "less than an hour";
        }
    }

    record Expired(String instrumentName, Calibration calibration) implements CalibrationStatus {
        @Override
        public String message() {
            return "Calibration expired for " + instrumentName + " on " + DATE.format(calibration.expiresAt());
        }

        @Override
        public Optional<Rejected> lockout() {
            return Optional.of(new Rejected(RejectionCode.CALIBRATION_EXPIRED, message()));
        }
    }

    record Revoked(String instrumentName, Calibration calibration) implements CalibrationStatus {
        @Override
        public String message() {
            Instant revokedAt = calibration.revokedAt() != null ? calibration.revokedAt() : calibration.updatedAt();
            String reason = calibration.revocationReason();
            return "Calibration for " + instrumentName + " was revoked on " + DATE.format(revokedAt)
                    + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        }

        @Override
        public Optional<Rejected> lockout() {
            return Optional.of(new Rejected(RejectionCode.CALIBRATION_REVOKED, message()));
        }
    }

    record Missing(String instrumentName) implements CalibrationStatus {
        @Override
        public String message() {
            return "No calibration on record for " + instrumentName;
        }

        @Override
        public Optional<Rejected> lockout() {
            return Optional.of(new Rejected(RejectionCode.CALIBRATION_MISSING, message()));
        }
    }
}
