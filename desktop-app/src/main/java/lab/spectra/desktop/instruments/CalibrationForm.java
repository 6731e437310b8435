package lab.spectra.desktop.instruments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import lab.spectra.desktop.ui.FieldRule;

/**
 * The fields of the form that records a calibration certificate and what each must hold: the
 * view model's own check (both dates entered) and the lengths and words of
 * {@code RecordCalibration}, which still decides. Dates are whole UTC days, as certificates print
 * them.
 */
public final class CalibrationForm {

    static final String DATES_MISSING = "Enter the issue date and the expiry date printed on the certificate";

    public static final FieldRule<String> CERTIFICATE_NUMBER = FieldRule.requiredText("Certificate number", 200);
    public static final FieldRule<String> PERFORMED_BY = FieldRule.optionalText("Performed by", 200);

    private CalibrationForm() {}

    /** The issue date: entered, and not after today. */
    public static FieldRule<LocalDate> issuedOn(Clock clock) {
        FieldRule<LocalDate> entered = FieldRule.chosen(DATES_MISSING);
        return entered.and(date -> date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                ? Optional.of("A certificate cannot be issued in the future")
                : Optional.empty());
    }

    /** The expiry date: entered, and after the issue date when that is entered. */
    public static FieldRule<LocalDate> expiresOn(Supplier<LocalDate> issuedOn) {
        FieldRule<LocalDate> entered = FieldRule.chosen(DATES_MISSING);
        return entered.and(date -> issuedOn.get() != null && !date.isAfter(issuedOn.get())
                ? Optional.of("A certificate must expire after it was issued")
                : Optional.empty());
    }
}
