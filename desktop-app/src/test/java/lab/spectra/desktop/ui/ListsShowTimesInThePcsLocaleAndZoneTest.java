package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A list's time reads the way people of the PC's locale write it, in its time zone, to the minute. */
class ListsShowTimesInThePcsLocaleAndZoneTest {

    private static final Instant AFTERNOON_UTC = Instant.parse("2026-12-01T15:09:30Z");

    @Test
    void aGermanPcInBerlinShowsDayMonthYearAndTwentyFourHours() {
        assertThat(Times.format(AFTERNOON_UTC, Locale.GERMANY, ZoneId.of("Europe/Berlin")))
                .isEqualTo("01.12.26, 16:09");
    }

    @Test
    void aUsPcInNewYorkShowsMonthDayYearAndTheHalfOfTheDay() {
        assertThat(Times.format(AFTERNOON_UTC, Locale.US, ZoneId.of("America/New_York")))
                .matches("12/1/26, 10:09\\sAM");
    }

    @Test
    void noTimeIsAnEmptyCell() {
        assertThat(Times.format(null, Locale.US, ZoneId.of("UTC"))).isEmpty();
    }
}
