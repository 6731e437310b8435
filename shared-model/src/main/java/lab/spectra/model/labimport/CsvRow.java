package lab.spectra.model.labimport;

import java.util.Map;

/**
 * One data line of an import file: its line number and its cells by column name, each stripped of
 * surrounding spaces; an empty cell reads as absent.
 */
public record CsvRow(int line, Map<String, String> cells) {

    public CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or null when the column is absent or the cell empty. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
