package lab.spectra.model.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads the instants the product writes ({@link IsoInstantSerializer}: {@code
 * 2026-11-30T23:15:00.123456Z}) straight from the parser's characters. Parsing them through the
 * general formatter was a fifth of the bench's work in an initial load of 100,000 rows (issue
 * 19). Only a text of exactly that shape with a valid date and time is read here; anything else
 * (an offset, a leap second, a year beyond 9999, a number, a wrong date) goes to the Java-time
 * module's deserializer, so what is accepted and refused, and the error, stay the module's.
 */
final class IsoInstantDeserializer extends StdDeserializer<Instant> {

    private static final int SHORTEST = "2026-11-30T23:15:00Z".length();
    private static final int LONGEST = "2026-11-30T23:15:00.123456789Z".length();
    private static final long SECONDS_PER_DAY = 86_400;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant read = parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (read != null) {
                return read;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant the text names, or null when it is not exactly the product's shape of a valid instant. */
    static Instant parse(char[] text, int offset, int length) {
        if (length < SHORTEST || length > LONGEST || text[offset + length - 1] != 'Z') {
            return null;
        }
        int year = number(text, offset, 4);
        int month = separated(text, offset + 4, '-');
        int day = separated(text, offset + 7, '-');
        int hour = separated(text, offset + 10, 'T');
        int minute = separated(text, offset + 13, ':');
        int second = separated(text, offset + 16, ':');
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = fraction(text, offset + 19, length - SHORTEST);
        if (nanos < 0) {
            return null;
        }
        long seconds = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The digits after a decimal point before the final Z, as nanoseconds; -1 when they are not 1 to 9 digits. */
    private static int fraction(char[] text, int at, int room) {
        if (room == 0) {
            return 0;
        }
        int digits = room - 1;
        if (digits < 1 || text[at] != '.') {
            return -1;
        }
        int value = number(text, at + 1, digits);
        if (value < 0) {
            return -1;
        }
        for (int i = digits; i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    /** Two digits after the expected separator, or -1. */
    private static int separated(char[] text, int at, char separator) {
        return text[at] == separator ? number(text, at + 1, 2) : -1;
    }

    /** {@code width} decimal digits as a number, or -1 if any is not a digit. */
    private static int number(char[] text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date, counting 400-year eras from March 1 of year 0. */
    private static long epochDay(int year, int month, int day) {
        long yearFromMarch = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(yearFromMarch, 400);
        long yearOfEra = yearFromMarch - era * 400;
        int monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
