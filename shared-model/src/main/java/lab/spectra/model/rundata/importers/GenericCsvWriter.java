package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.spectra.model.rundata.Series;

/**
 * Writes a series as a delimited table laid out as a {@link ColumnMapping} says, so
 * {@link GenericCsvImporter} with that mapping reads it back. Unmapped columns are left empty,
 * header rows hold the column names. For demo data and tests.
 */
public final class GenericCsvWriter {

    private GenericCsvWriter() {}

    public static byte[] write(Series series, ColumnMapping mapping) {
        String delimiter =
                switch (mapping.delimiter()) {
                    case COMMA -> ",";
                    case SEMICOLON -> ";";
                    case TAB, WHITESPACE -> "\t";
                };
        int width = mapping.widestColumn();
        ExportText text = new ExportText();
        for (int row = 0; row < mapping.headerRows(); row++) {
            String[] cells = blankRow(width, mapping);
            cells[mapping.x().column() - 1] = mapping.x().name();
            mapping.y().forEach(column -> cells[column.column() - 1] = column.name());
            text.line(String.join(delimiter, cells));
        }
        List<double[]> ys = new ArrayList<>();
        for (ColumnMapping.Column column : mapping.y()) {
            ys.add(series.trace(column.name())
                    .orElseThrow(() -> new IllegalArgumentException("No trace named " + column.name()))
                    .toArray());
        }
        for (int i = 0; i < series.size(); i++) {
            String[] cells = blankRow(width, mapping);
            cells[mapping.x().column() - 1] = number(series.x().get(i), mapping);
            for (int c = 0; c < ys.size(); c++) {
                cells[mapping.y().get(c).column() - 1] = number(ys.get(c)[i], mapping);
            }
            text.line(String.join(delimiter, cells));
        }
        return text.toBytes();
    }

    /** Unmapped cells: empty in a delimited file, a dash where white space separates (it has no empty cell). */
    private static String[] blankRow(int width, ColumnMapping mapping) {
        String[] cells = new String[width];
        Arrays.fill(cells, mapping.delimiter() == ColumnMapping.Delimiter.WHITESPACE ? "-" : "");
        return cells;
    }

    private static String number(double value, ColumnMapping mapping) {
        String text = ExportText.number(value);
        return mapping.decimalSeparator() == ColumnMapping.DecimalSeparator.COMMA ? text.replace('.', ',') : text;
    }
}
