package lab.spectra.desktop.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as the lists show them: compact, in the PC's locale and time zone ("12/1/26, 4:09 PM" in
 * the US, "01.12.26, 16:09" in Germany). Signatures and reports keep their full, unambiguous
 * timestamps with the zone; this is for reading a list at a glance.
 */
public final class Times {

    private Times() {}

    public static String format(Instant instant) {
        return format(instant, Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }

    public static String format(Instant instant, Locale locale, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }
}
