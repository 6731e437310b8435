package lab.spectra.model.rundata;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a file could not be imported, in words a technician can act on.
 *
 * @param line 1-based line of the file (or of the text block the message names) where the problem
 *     is; 0 when it is not on one line (an empty file, an unreadable image)
 */
public record ImportError(ParserId parser, Problem problem, String message, int line) {

    /** The kinds of problem, each with a stable code for APIs and logs. */
    public enum Problem {
        NOT_TEXT,
        EMPTY_FILE,
        MISSING_HEADER,
        MISSING_COLUMN,
        TOO_FEW_COLUMNS,
        INCONSISTENT_COLUMNS,
        MALFORMED_NUMBER,
        MALFORMED_LINE,
        UNKNOWN_UNIT,
        UNKNOWN_STATUS,
        OVERFLOW_READING,
        VALUE_OUT_OF_RANGE,
        MISSING_END_MARKER,
        POINT_COUNT_MISMATCH,
        NO_DATA,
        UNREADABLE_IMAGE,
        MALFORMED_METADATA,
        PIXEL_SIZE_REQUIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ImportError {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("Lines are counted from 1");
        }
    }

    public String code() {
        return problem.code();
    }

    /** The message as shown to a person: the parser and, when known, the line. */
    public String describe() {
        return parser + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
