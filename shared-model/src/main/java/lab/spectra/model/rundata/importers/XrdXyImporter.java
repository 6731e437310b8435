package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Powder / thin-film diffractograms as {@code .xy} (or {@code .xye}) text: one
 * {@code 2theta intensity [esd]} row per step, separated by spaces, tabs or commas. Lines starting
 * with {@code #}, {@code ;} or {@code !} are comments; one title line before the first row (as
 * many programs write) is kept as metadata. Every row has the same number of values.
 */
public final class XrdXyImporter implements Importer {

    public static final ParserId ID = new ParserId("xrd-xy", 1);

    public static final Axis TWO_THETA = new Axis("two_theta", "deg");
    public static final Axis INTENSITY = new Axis("intensity", "counts");
    public static final Axis INTENSITY_SIGMA = new Axis("intensity_sigma", "counts");

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, XrdXyImporter::read);
    }

    static boolean isComment(String line) {
        String stripped = line.strip();
        return stripped.startsWith("#") || stripped.startsWith(";") || stripped.startsWith("!");
    }

    static List<String> cellsOf(String line) {
        return Cells.splitOnWhitespace(line.replace(',', ' '));
    }

    private static TextImport.Read read(TextFile file) {
        Map<String, String> metadata = new LinkedHashMap<>();
        DoubleColumn twoTheta = new DoubleColumn();
        DoubleColumn intensity = new DoubleColumn();
        DoubleColumn sigma = new DoubleColumn();
        int valuesPerRow = 0;
        int lastLine = 0;
        for (int number = 1; number <= file.count(); number++) {
            String line = file.line(number);
            if (line.isBlank()) {
                continue;
            }
            lastLine = number;
            if (isComment(line)) {
                metadata.merge("comment", line.strip().substring(1).strip(), (a, b) -> a + "\n" + b);
                continue;
            }
            List<String> cells = cellsOf(line);
            if (twoTheta.size() == 0 && !metadata.containsKey("title") && !Numbers.isNumber(cells.get(0))) {
                metadata.put("title", line.strip());
                continue;
            }
            if (cells.size() != 2 && cells.size() != 3) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "Expected 2theta, intensity and optionally its uncertainty, found " + cells.size() + " values");
            }
            if (valuesPerRow != 0 && cells.size() != valuesPerRow) {
                throw new MalformedFile(
                        Problem.INCONSISTENT_COLUMNS,
                        number,
                        "This row has " + cells.size() + " values where the rows before it have " + valuesPerRow);
            }
            valuesPerRow = cells.size();
            twoTheta.add(Numbers.parse(cells.get(0), number, "2theta"));
            intensity.add(Numbers.parse(cells.get(1), number, "Intensity"));
            if (valuesPerRow == 3) {
                sigma.add(Numbers.parse(cells.get(2), number, "Uncertainty"));
            }
        }
        if (twoTheta.size() == 0) {
            throw new MalformedFile(Problem.NO_DATA, lastLine, "The file has no 2theta/intensity rows");
        }
        List<Trace> y = new ArrayList<>(List.of(Trace.of(INTENSITY, intensity.toArray())));
        if (valuesPerRow == 3) {
            y.add(Trace.of(INTENSITY_SIGMA, sigma.toArray()));
        }
        Series pattern = new Series("pattern", Trace.of(TWO_THETA, twoTheta.toArray()), y, List.of(), Map.of());
        return new TextImport.Read(List.of(pattern), metadata);
    }
}
