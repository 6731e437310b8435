package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Any delimited text table, read by a {@link ColumnMapping}: the mapped columns become the series'
 * x and y traces, other columns are ignored, blank lines and comment lines are skipped. The header
 * lines and the mapping itself (as JSON) go into the metadata, so the import says how it was read.
 */
public final class GenericCsvImporter implements Importer {

    public static final ParserId ID = new ParserId("generic-csv", 1);

    private final ColumnMapping mapping;

    public GenericCsvImporter(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, this::read);
    }

    private TextImport.Read read(TextFile file) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("column_mapping", mapping.toJson());
        for (int number = 1; number <= Math.min(mapping.headerRows(), file.count()); number++) {
            metadata.put("header_" + number, file.line(number).strip());
        }
        DoubleColumn x = new DoubleColumn();
        List<DoubleColumn> ys = new ArrayList<>();
        mapping.y().forEach(column -> ys.add(new DoubleColumn()));
        int lastLine = mapping.headerRows();
        for (int number = mapping.headerRows() + 1; number <= file.count(); number++) {
            String line = file.line(number);
            if (line.isBlank()
                    || (!mapping.commentPrefix().isEmpty() && line.strip().startsWith(mapping.commentPrefix()))) {
                continue;
            }
            lastLine = number;
            List<String> cells = cells(line);
            if (cells.size() < mapping.widestColumn()) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "The mapping reads column " + mapping.widestColumn() + " but this row has " + cells.size());
            }
            x.add(number(cells, mapping.x(), number));
            for (int i = 0; i < ys.size(); i++) {
                ys.get(i).add(number(cells, mapping.y().get(i), number));
            }
        }
        if (x.size() == 0) {
            throw new MalformedFile(
                    Problem.NO_DATA,
                    Math.min(lastLine, file.count()),
                    "After the header rows the file has no data rows");
        }
        List<Trace> y = new ArrayList<>();
        for (int i = 0; i < ys.size(); i++) {
            ColumnMapping.Column column = mapping.y().get(i);
            y.add(Trace.of(new Axis(column.name(), column.unit()), ys.get(i).toArray()));
        }
        Axis xAxis = new Axis(mapping.x().name(), mapping.x().unit());
        Series data = new Series("data", Trace.of(xAxis, x.toArray()), y, List.of(), Map.of());
        return new TextImport.Read(List.of(data), metadata);
    }

    private List<String> cells(String line) {
        return switch (mapping.delimiter()) {
            case COMMA -> Cells.split(line, ',');
            case SEMICOLON -> Cells.split(line, ';');
            case TAB -> Cells.split(line, '\t');
            case WHITESPACE -> Cells.splitOnWhitespace(line);
        };
    }

    private double number(List<String> cells, ColumnMapping.Column column, int line) {
        String cell = cells.get(column.column() - 1);
        if (mapping.decimalSeparator() == ColumnMapping.DecimalSeparator.COMMA) {
            cell = cell.replace(',', '.');
        }
        return Numbers.parse(cell, line, "Column " + column.column() + " (" + column.name() + ")");
    }
}
