package lab.spectra.model.labimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import file: UTF-8 (a byte-order mark is allowed, as spreadsheets write one), comma
 * separated, a header line naming the columns (in any order and case), quoted cells as RFC 4180
 * has them. A file is read whole or refused with the lines at fault; it never half-reads.
 */
public final class CsvRecords {

    /** More lines than a lab's inventory needs; beyond it a file is refused, not truncated. */
    public static final int MAX_ROWS = 10_000;

    private static final CsvMapper MAPPER = new CsvMapper();

    /** The outcome of reading a file. */
    public sealed interface Read {}

    public record Rows(List<String> columns, List<CsvRow> rows) implements Read {}

    public record Refused(List<RowError> errors) implements Read {}

    private CsvRecords() {}

    public static Read read(byte[] file, LabRecordKind kind) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return refused(RowError.ofLine(1, "The file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return refused(RowError.ofLine(1, "The file is empty; the first line must name the columns"));
        }
        List<String[]> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema())
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text)) {
            while (iterator.hasNextValue()) {
                // The parser stands at the end of the line before the record (its line numbers
                // count from that end), so a quoted cell over several lines still reports the
                // line a person sees first.
                int line = iterator.getParser().currentTokenLocation().getLineNr() + 1;
                String[] cells = iterator.nextValue();
                if (lines.size() > MAX_ROWS) {
                    return refused(RowError.ofLine(
                            line, "The file has more than " + MAX_ROWS + " records; split it into several files"));
                }
                lines.add(cells);
                lineNumbers.add(line);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            return refused(RowError.ofLine(line, "The line is not valid CSV (an unclosed quote?)"));
        } catch (IOException | RuntimeException e) {
            return refused(RowError.ofLine(1, "The file could not be read as CSV"));
        }
        return rows(lines, lineNumbers, kind);
    }

    private static Read rows(List<String[]> lines, List<Integer> lineNumbers, LabRecordKind kind) {
        List<String> columns = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (String header : lines.get(0)) {
            String column = header == null
                    ? ""
                    : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!kind.knows(column)) {
                errors.add(RowError.of(
                        1,
                        column.isEmpty() ? "(empty)" : column,
                        "Unknown column; the " + kind.wireName() + " file has " + String.join(", ", allColumns(kind))));
            } else if (columns.contains(column)) {
                errors.add(RowError.of(1, column, "The column appears twice"));
            }
            columns.add(column);
        }
        for (String required : kind.requiredColumns()) {
            if (!columns.contains(required)) {
                errors.add(RowError.of(1, required, "The required column is missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new Refused(List.copyOf(errors));
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            int line = lineNumbers.get(i);
            if (cells.length == 1 && (cells[0] == null || cells[0].isBlank())) {
                continue;
            }
            if (cells.length != columns.size()) {
                errors.add(
                        RowError.ofLine(line, "The line has " + cells.length + " cells, the header " + columns.size()));
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                byColumn.put(columns.get(c), cells[c] == null ? "" : cells[c]);
            }
            rows.add(new CsvRow(line, byColumn));
        }
        if (!errors.isEmpty()) {
            return new Refused(List.copyOf(errors));
        }
        if (rows.isEmpty()) {
            return refused(RowError.ofLine(2, "The file names its columns but holds no records"));
        }
        return new Rows(List.copyOf(columns), List.copyOf(rows));
    }

    private static List<String> allColumns(LabRecordKind kind) {
        List<String> all = new ArrayList<>(kind.requiredColumns());
        all.addAll(kind.optionalColumns());
        return all;
    }

    private static Refused refused(RowError error) {
        return new Refused(List.of(error));
    }
}
