package lab.spectra.desktop.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the bench reads them: local date and minutes. */
public final class Times {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Times() {}

    public static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
