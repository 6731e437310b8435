package lab.spectra.model.rundata.importers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lab.spectra.model.protocol.DomainJson;

/**
 * How to read a CSV or text table no dedicated importer knows: which column is x and which are y,
 * their names and units, the delimiter, the decimal separator and how many header rows to skip.
 * Saved with a recipe as JSON ({@link #toJson()}), so every run of that recipe reads its files the
 * same way, and stored with each import so the numbers can be traced to how they were read.
 *
 * @param headerRows lines at the top that are not data (titles, column names)
 * @param commentPrefix lines starting with it are skipped; empty for none
 */
public record ColumnMapping(
        Delimiter delimiter,
        DecimalSeparator decimalSeparator,
        int headerRows,
        String commentPrefix,
        Column x,
        List<Column> y) {

    public static final int MOST_HEADER_ROWS = 1000;
    public static final int MOST_Y_COLUMNS = 32;

    private static final ObjectMapper JSON = DomainJson.newMapper();
    private static final Pattern AXIS_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** What separates cells on a line. */
    public enum Delimiter {
        COMMA,
        SEMICOLON,
        TAB,
        /** Any run of spaces and tabs. */
        WHITESPACE
    }

    public enum DecimalSeparator {
        POINT,
        COMMA
    }

    /**
     * One mapped column.
     *
     * @param column 1-based, as a spreadsheet counts
     * @param name the axis key the values get ({@code wavelength}, {@code reflectance})
     */
    public record Column(int column, String name, String unit) {
        public Column {
            if (column < 1) {
                throw new IllegalArgumentException("Columns are counted from 1");
            }
            if (name == null || !AXIS_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "A column name is lower-case letters, digits and '_', starting with a letter: " + name);
            }
            Objects.requireNonNull(unit, "unit");
            if (unit.length() > 32) {
                throw new IllegalArgumentException("A unit is at most 32 characters");
            }
        }
    }

    public ColumnMapping {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(decimalSeparator, "decimal separator");
        Objects.requireNonNull(x, "x column");
        commentPrefix = commentPrefix == null ? "" : commentPrefix;
        if (y == null || y.isEmpty() || y.size() > MOST_Y_COLUMNS) {
            throw new IllegalArgumentException("Map between 1 and " + MOST_Y_COLUMNS + " y columns");
        }
        y = List.copyOf(y);
        if (headerRows < 0 || headerRows > MOST_HEADER_ROWS) {
            throw new IllegalArgumentException("Header rows must be between 0 and " + MOST_HEADER_ROWS);
        }
        if (delimiter == Delimiter.COMMA && decimalSeparator == DecimalSeparator.COMMA) {
            throw new IllegalArgumentException("A comma cannot be both the delimiter and the decimal separator");
        }
        Set<Integer> columns = new HashSet<>();
        Set<String> names = new HashSet<>();
        columns.add(x.column());
        names.add(x.name());
        for (Column column : y) {
            if (!columns.add(column.column())) {
                throw new IllegalArgumentException("Column " + column.column() + " is mapped twice");
            }
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Two columns are named " + column.name());
            }
        }
    }

    /** The highest column a data row must have. */
    int widestColumn() {
        return y.stream().mapToInt(Column::column).reduce(x.column(), Math::max);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A column mapping always serializes", e);
        }
    }

    public JsonNode toJsonNode() {
        return JSON.valueToTree(this);
    }

    /** Reads a saved mapping; anything invalid is refused with the reason, never half-read. */
    public static ColumnMapping fromJson(String json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (ValueInstantiationException invalid) {
            Throwable reason = invalid.getCause() == null ? invalid : invalid.getCause();
            throw new IllegalArgumentException("Invalid column mapping: " + reason.getMessage(), invalid);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("Invalid column mapping: " + malformed.getOriginalMessage(), malformed);
        }
    }

    public static ColumnMapping fromJsonNode(JsonNode json) {
        return fromJson(json.toString());
    }
}
