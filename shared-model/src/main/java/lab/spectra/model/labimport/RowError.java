package lab.spectra.model.labimport;

/**
 * Why one line of an import file was refused.
 *
 * @param line   the line of the file, counting the header as line 1
 * @param column the column at fault, or null when the whole line is
 */
public record RowError(int line, String column, String message) {

    public static RowError of(int line, String column, String message) {
        return new RowError(line, column, message);
    }

    public static RowError ofLine(int line, String message) {
        return new RowError(line, null, message);
    }

    /** "Line 4, barcode: the barcode is missing". */
    public String describe() {
        return "Line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
