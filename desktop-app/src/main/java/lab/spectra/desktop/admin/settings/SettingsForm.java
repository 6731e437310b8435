package lab.spectra.desktop.admin.settings;

import java.util.Optional;
import lab.spectra.desktop.ui.FieldRule;
import lab.spectra.model.org.OrganizationSettings.Field;

/** The settings form's words and rules: each field a whole number in the range the server takes. */
public final class SettingsForm {

    private SettingsForm() {}

    public static String label(Field field) {
        return switch (field) {
            case OFFLINE_GRACE_DAYS -> "Offline sign-in allowed for (days after the last online sign-in)";
            case OFFLINE_WINDOW_DAYS -> "Offline work vouched for (days after the last contact)";
            case CALIBRATION_WARNING_DAYS -> "Warn about expiring calibrations (days before)";
            case QUALIFICATION_WARNING_DAYS -> "Warn about expiring qualifications (days before)";
            case ATTACHMENT_LIMIT_MB -> "Largest attachment (MiB)";
            case PASSWORD_MIN_LENGTH -> "Shortest password (characters)";
            case KEEP_PREVIOUS_VERSIONS_APPROVED ->
                "Keep earlier recipe and SOP versions approved when a new one is (1 = keep, 0 = retire)";
        };
    }

    /** The field's value, when it is a whole number the server takes. */
    public static Optional<Integer> value(Field field, String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return field.allows(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static FieldRule<String> rule(Field field) {
        return text ->
                value(field, text).isPresent() ? Optional.empty() : Optional.of(label(field) + ": " + refusal(field));
    }

    private static String refusal(Field field) {
        return field == Field.PASSWORD_MIN_LENGTH
                ? "a whole number from " + field.min() + " (the server's minimum; it can only be raised) to "
                        + field.max()
                : "a whole number from " + field.min() + " to " + field.max();
    }
}
