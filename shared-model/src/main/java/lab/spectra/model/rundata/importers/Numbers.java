package lab.spectra.model.rundata.importers;

import java.util.regex.Pattern;
import lab.spectra.model.rundata.ImportError.Problem;

/**
 * Reads decimal numbers strictly: {@code 1.5}, {@code -2.0E-3}, {@code +9.910000E+37}. Java's own
 * parser would also take {@code NaN}, {@code Infinity}, {@code 0x1p3} or {@code 1d}, none of which an
 * instrument writes as a measurement.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    static boolean isNumber(String text) {
        return DECIMAL.matcher(text.strip()).matches();
    }

    /** A finite number, or a {@link MalformedFile} naming the line and what the number was meant to be. */
    static double parse(String text, int line, String what) {
        String token = text.strip();
        if (!DECIMAL.matcher(token).matches()) {
            throw new MalformedFile(
                    Problem.MALFORMED_NUMBER,
                    line,
                    (token.isEmpty() ? "No " + what + " given" : what + " '" + token + "' is not a number"));
        }
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value)) {
            throw new MalformedFile(Problem.MALFORMED_NUMBER, line, what + " '" + token + "' is too large");
        }
        return value;
    }

    /** As {@link #parse}, accepting a decimal comma ({@code 339,22}) where the file separates cells otherwise. */
    static double parseAllowingDecimalComma(String text, int line, String what) {
        String token = text.strip();
        if (token.indexOf(',') >= 0 && token.indexOf('.') < 0) {
            token = token.replace(',', '.');
        }
        return parse(token, line, what);
    }
}
