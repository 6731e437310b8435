package lab.spectra.desktop.spc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a chart is zoomed to, both ends included, in the bench's time zone; either end may be
 * open (null).
 */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    public static DateRange all(ZoneId zone) {
        return new DateRange(null, null, zone);
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** Whether a run's time falls on one of the range's days. */
    public boolean contains(Instant at) {
        if (from != null && at.isBefore(from.atStartOfDay(zone).toInstant())) {
            return false;
        }
        return to == null || at.isBefore(to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
