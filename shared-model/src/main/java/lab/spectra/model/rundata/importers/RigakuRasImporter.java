package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Rigaku SmartLab / Ultima text exports ({@code .ras}). The file is {@code *RAS_DATA_START}, then
 * one or more scans, each a header block ({@code *RAS_HEADER_START}, lines {@code *KEY "value"},
 * {@code *RAS_HEADER_END}) and an intensity block ({@code *RAS_INT_START}, rows
 * {@code angle intensity [attenuator-factor]}, {@code *RAS_INT_END}), and {@code *RAS_DATA_END}.
 * Each scan becomes a series whose intensity is the counted intensity times the attenuator factor
 * (1 when the row has none), on the axis {@code *MEAS_SCAN_AXIS_X} names in
 * {@code *MEAS_SCAN_UNIT_X} / {@code *MEAS_SCAN_UNIT_Y}. A scan whose row count differs from its
 * {@code *MEAS_DATA_COUNT} is refused: that is how a truncated export shows.
 */
public final class RigakuRasImporter implements Importer {

    public static final ParserId ID = new ParserId("rigaku-ras", 1);

    static final String DATA_START = "*RAS_DATA_START";
    private static final String DATA_END = "*RAS_DATA_END";
    private static final String HEADER_START = "*RAS_HEADER_START";
    private static final String HEADER_END = "*RAS_HEADER_END";
    private static final String INT_START = "*RAS_INT_START";
    private static final String INT_END = "*RAS_INT_END";

    public static final Axis ATTENUATOR_FACTOR = new Axis("attenuator_factor", "");

    private static final Pattern HEADER_LINE = Pattern.compile("\\*([A-Za-z0-9_\\-]+)\\s*(.*)");

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, RigakuRasImporter::read);
    }

    /** Where the reader is in the file's block structure. */
    private enum Block {
        BEFORE_DATA,
        BETWEEN_SCANS,
        HEADER,
        BEFORE_INTENSITIES,
        INTENSITIES,
        AFTER_DATA
    }

    private static TextImport.Read read(TextFile file) {
        Block block = Block.BEFORE_DATA;
        List<Series> scans = new ArrayList<>();
        Map<String, String> fileMetadata = new LinkedHashMap<>();
        Map<String, String> header = new LinkedHashMap<>();
        Scan scan = null;
        for (int number = 1; number <= file.count(); number++) {
            String line = file.line(number).strip();
            if (line.isEmpty()) {
                continue;
            }
            switch (block) {
                case BEFORE_DATA -> {
                    expect(line, DATA_START, number);
                    block = Block.BETWEEN_SCANS;
                }
                case BETWEEN_SCANS -> {
                    if (line.equals(DATA_END)) {
                        block = Block.AFTER_DATA;
                    } else {
                        expect(line, HEADER_START, number);
                        header = new LinkedHashMap<>();
                        block = Block.HEADER;
                    }
                }
                case HEADER -> {
                    if (line.equals(HEADER_END)) {
                        if (scans.isEmpty()) {
                            fileMetadata.putAll(header);
                        }
                        block = Block.BEFORE_INTENSITIES;
                    } else {
                        readHeaderLine(line, number, header);
                    }
                }
                case BEFORE_INTENSITIES -> {
                    expect(line, INT_START, number);
                    scan = new Scan(header, number);
                    block = Block.INTENSITIES;
                }
                case INTENSITIES -> {
                    if (line.equals(INT_END)) {
                        scans.add(scan.toSeries(scans.size() + 1, number));
                        block = Block.BETWEEN_SCANS;
                    } else {
                        scan.addRow(line, number);
                    }
                }
                case AFTER_DATA ->
                    throw new MalformedFile(
                            Problem.MALFORMED_LINE, number, "Nothing may follow " + DATA_END + ", found " + line);
            }
        }
        if (block == Block.BEFORE_DATA) {
            throw new MalformedFile(Problem.MISSING_HEADER, file.count(), "The file has no " + DATA_START + " line");
        }
        if (block != Block.AFTER_DATA) {
            String missing = block == Block.INTENSITIES ? INT_END : block == Block.HEADER ? HEADER_END : DATA_END;
            throw new MalformedFile(
                    Problem.MISSING_END_MARKER,
                    file.count(),
                    "The file ends without " + missing + ": the export looks truncated");
        }
        if (scans.isEmpty()) {
            throw new MalformedFile(Problem.NO_DATA, file.count(), "The file holds no scan");
        }
        return new TextImport.Read(scans, fileMetadata);
    }

    private static void expect(String line, String marker, int number) {
        if (!line.equals(marker)) {
            throw new MalformedFile(Problem.MALFORMED_LINE, number, "Expected " + marker + ", found " + line);
        }
    }

    private static void readHeaderLine(String line, int number, Map<String, String> header) {
        Matcher matcher = HEADER_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new MalformedFile(Problem.MALFORMED_LINE, number, "A header line is *KEY \"value\", found " + line);
        }
        String value = matcher.group(2).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        header.put(matcher.group(1), value);
    }

    /** The rows of one intensity block and the header that describes them. */
    private static final class Scan {
        private final Map<String, String> header;
        private final int startLine;
        private final DoubleColumn angle = new DoubleColumn();
        private final DoubleColumn intensity = new DoubleColumn();
        private final DoubleColumn attenuation = new DoubleColumn();

        Scan(Map<String, String> header, int startLine) {
            this.header = header;
            this.startLine = startLine;
        }

        void addRow(String line, int number) {
            List<String> cells = Cells.splitOnWhitespace(line);
            if (cells.size() != 2 && cells.size() != 3) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "Expected angle, intensity and optionally the attenuator factor, found " + cells.size()
                                + " values");
            }
            double factor = cells.size() == 3 ? Numbers.parse(cells.get(2), number, "Attenuator factor") : 1.0;
            double corrected = Numbers.parse(cells.get(1), number, "Intensity") * factor;
            if (!Double.isFinite(corrected)) {
                throw new MalformedFile(
                        Problem.VALUE_OUT_OF_RANGE, number, "Intensity times attenuator factor overflows");
            }
            angle.add(Numbers.parse(cells.get(0), number, "Angle"));
            intensity.add(corrected);
            attenuation.add(factor);
        }

        Series toSeries(int index, int endLine) {
            if (angle.size() == 0) {
                throw new MalformedFile(Problem.NO_DATA, endLine, "Scan " + index + " has no intensity rows");
            }
            String declared = header.get("MEAS_DATA_COUNT");
            if (declared != null) {
                double count = Numbers.parse(declared, startLine, "MEAS_DATA_COUNT");
                if (count != angle.size()) {
                    throw new MalformedFile(
                            Problem.POINT_COUNT_MISMATCH,
                            endLine,
                            "Scan " + index + " declares " + declared + " points (MEAS_DATA_COUNT) but holds "
                                    + angle.size());
                }
            }
            Axis x = new Axis(
                    axisName(header.getOrDefault("MEAS_SCAN_AXIS_X", "TwoThetaOmega")),
                    header.getOrDefault("MEAS_SCAN_UNIT_X", "deg"));
            Axis y = new Axis("intensity", header.getOrDefault("MEAS_SCAN_UNIT_Y", "counts"));
            Map<String, String> measurement = new LinkedHashMap<>();
            header.forEach((key, value) -> {
                if (key.startsWith("MEAS_")) {
                    measurement.put(key, value);
                }
            });
            return new Series(
                    "scan " + index,
                    Trace.of(x, angle.toArray()),
                    List.of(Trace.of(y, intensity.toArray()), Trace.of(ATTENUATOR_FACTOR, attenuation.toArray())),
                    List.of(),
                    measurement);
        }

        /** {@code TwoThetaOmega} and {@code TwoTheta} are both 2theta scans; other axes keep their name. */
        private static String axisName(String rigakuAxis) {
            String plain = rigakuAxis.strip().toLowerCase(Locale.ROOT);
            if (plain.startsWith("twotheta") || plain.equals("2theta") || plain.equals("2theta/omega")) {
                return "two_theta";
            }
            String key = plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            return key.isEmpty() ? "angle" : key;
        }
    }
}
