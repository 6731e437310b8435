package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.Units;

/**
 * IV sweeps saved from a Keithley 2400-series or 2450 SourceMeter as CSV, in either of the two
 * shapes labs meet:
 *
 * <ul>
 *   <li><b>Named columns</b> (2400 sweeps saved by LabTracer, KickStart or a lab script): a header
 *       row with a voltage column ({@code Voltage (V)}, {@code Volt}, {@code V}) and a current
 *       column ({@code Current (mA)}, {@code I}); a unit in brackets is converted to V and A.
 *       Compliance comes from a {@code Status} column holding the 2400's status word (bit 3, value
 *       8, "in real compliance") or a {@code Compliance} column of yes/no, true/false, 1/0. An
 *       optional {@code Time (s)} column becomes a trace.
 *   <li><b>2450 reading buffer</b> (saved from the front panel): columns {@code Reading},
 *       {@code Unit}, {@code Source}, {@code Source Unit} and optionally {@code Source Status}
 *       ({@code Limited} when the source hit its limit) and {@code Relative Time}; which of reading
 *       and source is the voltage follows from their units ({@code Volt DC}, {@code Amp DC}).
 * </ul>
 *
 * <p>Lines before the header row are the instrument's preamble; {@code key,value} lines there
 * become metadata. Columns it does not know are ignored and listed in the metadata. A reading of
 * 9.9E+37 is the instrument's overflow marker and is refused rather than plotted.
 */
public final class KeithleySweepCsvImporter implements Importer {

    public static final ParserId ID = new ParserId("keithley-24xx-csv", 1);

    public static final Axis VOLTAGE = new Axis("voltage", "V");
    public static final Axis CURRENT = new Axis("current", "A");
    public static final Axis TIME = new Axis("time", "s");

    /** Both SourceMeters report an overflowed reading as 9.9E+37 (the 2400 as 9.91E+37). */
    private static final double OVERFLOW_MARKER = 9.9e37;

    /** Bit 3 of the 2400's status word: the source is in real compliance. */
    private static final long COMPLIANCE_BIT = 1L << 3;

    private static final Pattern VOLTAGE_NAME =
            Pattern.compile("(smu\\s*\\w*\\s+|source\\s+|measured\\s+|sense\\s+)?(voltage|volts?|v)");
    private static final Pattern CURRENT_NAME =
            Pattern.compile("(smu\\s*\\w*\\s+|source\\s+|measured\\s+|sense\\s+)?(current|curr|i)");
    private static final Pattern NAME_AND_UNIT = Pattern.compile("(.*?)\\s*[(\\[]\\s*([^)\\]]*?)\\s*[)\\]]\\s*");
    private static final Set<String> YES = Set.of("1", "yes", "true", "y", "limited", "in compliance", "compliance");
    private static final Set<String> NO = Set.of("0", "no", "false", "n", "", "not limited", "normal", "ok");

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, KeithleySweepCsvImporter::read);
    }

    /** Whether a line is a header row this importer reads columns from (for format detection). */
    boolean recognisesHeader(String line) {
        try {
            return Layout.recognise(Cells.split(line, ','), 1).isPresent();
        } catch (MalformedFile unknownUnit) {
            return true;
        }
    }

    private static TextImport.Read read(TextFile file) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int number = 1; number <= file.count(); number++) {
            if (file.isBlank(number)) {
                continue;
            }
            List<String> cells = Cells.split(file.line(number), ',');
            Optional<Layout> layout = Layout.recognise(cells, number);
            if (layout.isPresent()) {
                return readRows(file, number, layout.get(), metadata);
            }
            if (cells.size() >= 2 && !cells.get(0).isEmpty()) {
                metadata.put(cells.get(0), String.join(",", cells.subList(1, cells.size())));
            }
        }
        throw new MalformedFile(
                Problem.MISSING_HEADER,
                file.count(),
                "No header row with a voltage and a current column (or the 2450's Reading and Source columns) was found");
    }

    private static TextImport.Read readRows(
            TextFile file, int headerLine, Layout layout, Map<String, String> metadata) {
        DoubleColumn voltage = new DoubleColumn();
        DoubleColumn current = new DoubleColumn();
        DoubleColumn time = new DoubleColumn();
        List<Boolean> compliance = new ArrayList<>();
        int lastRow = headerLine;
        for (int number = headerLine + 1; number <= file.count(); number++) {
            if (file.isBlank(number)) {
                continue;
            }
            List<String> cells = Cells.split(file.line(number), ',');
            if (cells.size() < layout.columnsNeeded()) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "Expected at least " + layout.columnsNeeded() + " columns but found " + cells.size());
            }
            Point point = layout.point(cells, number);
            voltage.add(point.voltage());
            current.add(point.current());
            point.time().ifPresent(time::add);
            compliance.add(point.compliance());
            lastRow = number;
        }
        if (voltage.size() == 0) {
            throw new MalformedFile(Problem.NO_DATA, lastRow, "The header row is not followed by any readings");
        }
        List<Trace> y = new ArrayList<>();
        y.add(Trace.of(CURRENT, current.toArray()));
        if (time.size() == voltage.size()) {
            y.add(Trace.of(TIME, time.toArray()));
        }
        boolean[] flags = new boolean[compliance.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = compliance.get(i);
        }
        metadata.put("layout", layout.describe());
        if (!layout.ignoredColumns().isEmpty()) {
            metadata.put("ignored_columns", String.join(", ", layout.ignoredColumns()));
        }
        Series sweep = new Series(
                "sweep",
                Trace.of(VOLTAGE, voltage.toArray()),
                y,
                List.of(PointFlags.of(PointFlags.COMPLIANCE, flags)),
                Map.of());
        return new TextImport.Read(List.of(sweep), metadata);
    }

    private record Point(double voltage, double current, OptionalDouble time, boolean compliance) {}

    /** Where a file keeps its voltage, current, time and compliance, learnt from its header row. */
    private sealed interface Layout {

        int columnsNeeded();

        List<String> ignoredColumns();

        String describe();

        Point point(List<String> cells, int line);

        static Optional<Layout> recognise(List<String> header, int line) {
            List<String> names =
                    header.stream().map(KeithleySweepCsvImporter::plainName).toList();
            if (names.contains("reading") && names.contains("source") && names.contains("source unit")) {
                return Optional.of(ReadingBuffer.of(names));
            }
            return NamedColumns.of(header, names, line);
        }
    }

    private record NamedColumns(
            int voltageColumn,
            double voltageFactor,
            int currentColumn,
            double currentFactor,
            int timeColumn,
            double timeFactor,
            int statusColumn,
            int complianceColumn,
            List<String> ignoredColumns)
            implements Layout {

        static Optional<Layout> of(List<String> header, List<String> names, int line) {
            int voltage = -1;
            int current = -1;
            int time = -1;
            int status = -1;
            int compliance = -1;
            double voltageFactor = 1;
            double currentFactor = 1;
            double timeFactor = 1;
            List<String> ignored = new ArrayList<>();
            for (int column = 0; column < header.size(); column++) {
                String name = names.get(column);
                String unit = unitOf(header.get(column));
                if (voltage < 0 && VOLTAGE_NAME.matcher(name).matches()) {
                    voltage = column;
                    voltageFactor = factor(unit, "V", header.get(column), line);
                } else if (current < 0 && CURRENT_NAME.matcher(name).matches()) {
                    current = column;
                    currentFactor = factor(unit, "A", header.get(column), line);
                } else if (time < 0 && (name.equals("time") || name.equals("timestamp") || name.equals("t"))) {
                    time = column;
                    timeFactor = factor(unit, "s", header.get(column), line);
                } else if (status < 0 && name.equals("status")) {
                    status = column;
                } else if (compliance < 0 && name.equals("compliance")) {
                    compliance = column;
                } else {
                    ignored.add(header.get(column));
                }
            }
            if (voltage < 0 || current < 0) {
                return Optional.empty();
            }
            return Optional.of(new NamedColumns(
                    voltage,
                    voltageFactor,
                    current,
                    currentFactor,
                    time,
                    timeFactor,
                    status,
                    compliance,
                    List.copyOf(ignored)));
        }

        private static double factor(String unit, String base, String header, int line) {
            OptionalDouble factor = Units.factorTo(unit.isEmpty() ? base : unit, base);
            if (factor.isEmpty()) {
                throw new MalformedFile(
                        Problem.UNKNOWN_UNIT,
                        line,
                        "Column '" + header + "' is in '" + unit + "', not a unit of " + base);
            }
            return factor.getAsDouble();
        }

        @Override
        public int columnsNeeded() {
            int needed = Math.max(voltageColumn, currentColumn);
            needed = Math.max(needed, Math.max(timeColumn, Math.max(statusColumn, complianceColumn)));
            return needed + 1;
        }

        @Override
        public String describe() {
            return "named columns";
        }

        @Override
        public Point point(List<String> cells, int line) {
            double voltage = readingValue(cells.get(voltageColumn), line, "Voltage") * voltageFactor;
            double current = readingValue(cells.get(currentColumn), line, "Current") * currentFactor;
            OptionalDouble time = timeColumn < 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(Numbers.parse(cells.get(timeColumn), line, "Time") * timeFactor);
            boolean inCompliance = false;
            if (statusColumn >= 0) {
                double word = Numbers.parse(cells.get(statusColumn), line, "Status word");
                if (word < 0 || word != Math.rint(word)) {
                    throw new MalformedFile(
                            Problem.UNKNOWN_STATUS,
                            line,
                            "Status word " + cells.get(statusColumn) + " is not a whole number");
                }
                inCompliance = ((long) word & COMPLIANCE_BIT) != 0;
            }
            if (complianceColumn >= 0) {
                inCompliance |= yesOrNo(cells.get(complianceColumn), line, "Compliance");
            }
            return new Point(voltage, current, time, inCompliance);
        }
    }

    private record ReadingBuffer(
            int reading, int unit, int source, int sourceUnit, int sourceStatus, int time, List<String> ignoredColumns)
            implements Layout {

        private static final Set<String> KNOWN =
                Set.of("reading", "unit", "source", "source unit", "source status", "relative time");

        static ReadingBuffer of(List<String> names) {
            List<String> ignored =
                    names.stream().filter(name -> !KNOWN.contains(name)).toList();
            return new ReadingBuffer(
                    names.indexOf("reading"),
                    names.indexOf("unit"),
                    names.indexOf("source"),
                    names.indexOf("source unit"),
                    names.indexOf("source status"),
                    names.indexOf("relative time"),
                    ignored);
        }

        @Override
        public int columnsNeeded() {
            int needed = Math.max(Math.max(reading, unit), Math.max(source, sourceUnit));
            return Math.max(needed, Math.max(sourceStatus, time)) + 1;
        }

        @Override
        public String describe() {
            return "2450 reading buffer";
        }

        @Override
        public Point point(List<String> cells, int line) {
            if (unit < 0) {
                throw new MalformedFile(Problem.MISSING_COLUMN, line, "The reading buffer has no Unit column");
            }
            double measured = readingValue(cells.get(reading), line, "Reading");
            double sourced = readingValue(cells.get(source), line, "Source");
            String measuredUnit = quantityOf(cells.get(unit), line);
            String sourcedUnit = quantityOf(cells.get(sourceUnit), line);
            double voltage;
            double current;
            if (sourcedUnit.equals("V") && measuredUnit.equals("A")) {
                voltage = sourced;
                current = measured;
            } else if (sourcedUnit.equals("A") && measuredUnit.equals("V")) {
                voltage = measured;
                current = sourced;
            } else {
                throw new MalformedFile(
                        Problem.UNKNOWN_UNIT,
                        line,
                        "Expected one of Reading and Source in volts and the other in amps, found " + cells.get(unit)
                                + " and " + cells.get(sourceUnit));
            }
            OptionalDouble relativeTime = time < 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(Numbers.parse(cells.get(time), line, "Relative time"));
            boolean limited = sourceStatus >= 0 && yesOrNo(cells.get(sourceStatus), line, "Source status");
            return new Point(voltage, current, relativeTime, limited);
        }

        /** {@code Volt DC}, {@code V}, {@code Amp DC}, {@code A} to V or A. */
        private static String quantityOf(String unit, int line) {
            String plain = unit.strip().toLowerCase(Locale.ROOT);
            if (plain.equals("v") || plain.startsWith("volt")) {
                return "V";
            }
            if (plain.equals("a") || plain.startsWith("amp")) {
                return "A";
            }
            throw new MalformedFile(Problem.UNKNOWN_UNIT, line, "Unit '" + unit + "' is neither volts nor amps");
        }
    }

    private static double readingValue(String cell, int line, String what) {
        double value = Numbers.parse(cell, line, what);
        if (Math.abs(value) >= OVERFLOW_MARKER) {
            throw new MalformedFile(
                    Problem.OVERFLOW_READING,
                    line,
                    what + " " + cell.strip() + " is the instrument's overflow marker: the reading was out of range");
        }
        return value;
    }

    private static boolean yesOrNo(String cell, int line, String what) {
        String plain = cell.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(plain)) {
            return true;
        }
        if (NO.contains(plain)) {
            return false;
        }
        throw new MalformedFile(Problem.UNKNOWN_STATUS, line, what + " '" + cell.strip() + "' is neither yes nor no");
    }

    /** {@code "Current (mA)"} to {@code current}. */
    private static String plainName(String header) {
        Matcher withUnit = NAME_AND_UNIT.matcher(header);
        String name = withUnit.matches() ? withUnit.group(1) : header;
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code "Current (mA)"} to {@code mA}; empty when the header names no unit. */
    private static String unitOf(String header) {
        Matcher withUnit = NAME_AND_UNIT.matcher(header);
        return withUnit.matches() ? withUnit.group(2) : "";
    }
}
