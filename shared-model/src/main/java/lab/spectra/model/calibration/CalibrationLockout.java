package lab.spectra.model.calibration;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.instrument.Instrument;

/**
 * The calibration lockout rule (spec §4): an instrument may be used at a moment only if its
 * current certificate at that moment is neither expired nor revoked.
 *
 * <p>The current certificate is the one issued last at or before the moment; one issued later is
 * not yet in force. A certificate is expired from its expiry instant on (expiring "exactly now"
 * is expired). A revocation locks the instrument from the moment it was issued on. Work done
 * before that moment is not refused - it was done in good faith on a certificate then in force -
 * but it is suspect: it goes on the review list of the revocation ({@link ReverseTraceability})
 * and, when it reaches the server only after the revocation, is flagged for review (ADR 0012).
 */
public final class CalibrationLockout {

    public static final Duration DEFAULT_WARNING_WINDOW = Duration.ofDays(7);

    private static final Comparator<Calibration> ISSUE_ORDER =
            Comparator.comparing(Calibration::issuedAt).thenComparing(Calibration::id);

    private final Duration warningWindow;

    public CalibrationLockout() {
        this(DEFAULT_WARNING_WINDOW);
    }

    public CalibrationLockout(Duration warningWindow) {
        if (warningWindow.isNegative()) {
            throw new IllegalArgumentException("The warning window cannot be negative");
        }
        this.warningWindow = warningWindow;
    }

    public CalibrationStatus evaluate(Instrument instrument, Collection<Calibration> calibrations, Instant at) {
        Objects.requireNonNull(at, "at");
        Optional<Calibration> current = currentAt(instrument, calibrations, at);
        if (current.isEmpty()) {
            return new CalibrationStatus.Missing(instrument.name());
        }
        Calibration calibration = current.get();
        if (revokedBy(calibration, at)) {
            return new CalibrationStatus.Revoked(instrument.name(), calibration);
        }
        if (!at.isBefore(calibration.expiresAt())) {
            return new CalibrationStatus.Expired(instrument.name(), calibration);
        }
        Duration remaining = Duration.between(at, calibration.expiresAt());
        if (remaining.compareTo(warningWindow) <= 0) {
            return new CalibrationStatus.ExpiringSoon(instrument.name(), calibration, remaining);
        }
        return new CalibrationStatus.Valid(instrument.name(), calibration);
    }

    /** Whether the certificate had been revoked at that moment. */
    public static boolean revokedBy(Calibration calibration, Instant at) {
        return calibration.state() == CalibrationState.REVOKED
                && (calibration.revokedAt() == null || !at.isBefore(calibration.revokedAt()));
    }

    /** The certificate in force for the instrument at the given moment, revoked or not. */
    public static Optional<Calibration> currentAt(
            Instrument instrument, Collection<Calibration> calibrations, Instant at) {
        return calibrations.stream()
                .filter(calibration -> calibration.instrumentId().equals(instrument.id()))
                .filter(calibration -> !calibration.issuedAt().isAfter(at))
                .max(ISSUE_ORDER);
    }
}
