package lab.spectra.model.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes an instant as the ISO-8601 text {@link DateTimeFormatter#ISO_INSTANT} gives (what
 * {@code Instant.toString} and the Java-time module write: {@code 2026-11-30T23:15:00.123456Z},
 * the fraction in groups of three digits, none when whole), straight into a small char array.
 * The formatter's general machinery was a tenth of the time of encoding a page of samples (issue
 * 19); years outside 0000-9999, which need a sign or more digits, still go through it.
 */
final class IsoInstantSerializer extends StdSerializer<Instant> {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int LONGEST = "9999-12-31T23:59:59.999999999Z".length();

    IsoInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        char[] text = new char[LONGEST];
        int length = format(value, text);
        if (length < 0) {
            generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        } else {
            generator.writeString(text, 0, length);
        }
    }

    /** The instant's text in {@code into}; answers its length, or -1 for a year outside 0-9999. */
    static int format(Instant instant, char[] into) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // Days since 1970-01-01 to a proleptic Gregorian date, by 400-year eras starting on March 1.
        long shifted = days + 719_468;
        long era = Math.floorDiv(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        int position = digits(into, 0, (int) year, 4);
        into[position++] = '-';
        position = digits(into, position, month, 2);
        into[position++] = '-';
        position = digits(into, position, day, 2);
        into[position++] = 'T';
        position = digits(into, position, secondOfDay / 3600, 2);
        into[position++] = ':';
        position = digits(into, position, secondOfDay / 60 % 60, 2);
        into[position++] = ':';
        position = digits(into, position, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            into[position++] = '.';
            if (nanos % 1_000_000 == 0) {
                position = digits(into, position, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                position = digits(into, position, nanos / 1000, 6);
            } else {
                position = digits(into, position, nanos, 9);
            }
        }
        into[position++] = 'Z';
        return position;
    }

    /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded on the left. */
    private static int digits(char[] into, int position, int value, int width) {
        int remaining = value;
        for (int i = position + width - 1; i >= position; i--) {
            into[i] = (char) ('0' + remaining % 10);
            remaining /= 10;
        }
        return position + width;
    }
}
