package lab.spectra.model.rundata.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Spectroscopic ellipsometry data in J.A. Woollam's WVASE text layout: line 1 describes the
 * sample, line 2 names the spectral unit ({@code nm}, {@code eV}, {@code Angstroms},
 * {@code microns}), then one row per measurement:
 * {@code [E] spectral-value angle-of-incidence Psi Delta [sigma-Psi sigma-Delta]}, angles and Psi
 * and Delta in degrees. Rows tagged {@code E} (or untagged) are Psi/Delta data; rows with another
 * tag (depolarisation, Mueller-matrix elements) are skipped and counted in the metadata. One
 * series per angle of incidence, in the order the file first gives each angle.
 */
public final class WoollamPsiDeltaImporter implements Importer {

    public static final ParserId ID = new ParserId("woollam-psi-delta-text", 1);

    public static final Axis PSI = new Axis("psi", "deg");
    public static final Axis DELTA = new Axis("delta", "deg");
    public static final Axis PSI_SIGMA = new Axis("psi_sigma", "deg");
    public static final Axis DELTA_SIGMA = new Axis("delta_sigma", "deg");

    /** Spectral units the layout allows, to the axis they put on x. */
    static final Map<String, Axis> SPECTRAL_UNITS = Map.of(
            "nm", new Axis("wavelength", "nm"),
            "ev", new Axis("photon_energy", "eV"),
            "angstroms", new Axis("wavelength", "\u00c5"),
            "a", new Axis("wavelength", "\u00c5"),
            "microns", new Axis("wavelength", "\u00b5m"),
            "um", new Axis("wavelength", "\u00b5m"));

    /** A row's data-type tag: {@code E}, {@code dpolE}, {@code mm12}. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, WoollamPsiDeltaImporter::read);
    }

    private static TextImport.Read read(TextFile file) {
        if (file.count() < 2) {
            throw new MalformedFile(
                    Problem.MISSING_HEADER,
                    file.count(),
                    "Expected a sample line and a spectral-unit line before the data");
        }
        Axis spectral = SPECTRAL_UNITS.get(file.line(2).strip().toLowerCase(Locale.ROOT));
        if (spectral == null) {
            throw new MalformedFile(
                    Problem.UNKNOWN_UNIT,
                    2,
                    "Line 2 should name the spectral unit (nm, eV, Angstroms or microns), found '"
                            + file.line(2).strip() + "'");
        }
        Map<Double, AngleScan> scans = new LinkedHashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int valuesPerRow = 0;
        int lastRow = 2;
        for (int number = 3; number <= file.count(); number++) {
            List<String> cells = Cells.splitOnWhitespace(file.line(number));
            if (cells.isEmpty()) {
                continue;
            }
            lastRow = number;
            boolean tagged = TAG.matcher(cells.get(0)).matches();
            String tag = tagged ? cells.get(0) : "E";
            List<String> values = tagged ? cells.subList(1, cells.size()) : cells;
            if (!tag.equals("E")) {
                requireNumbers(values, number, tag);
                skipped.merge(tag, 1, Integer::sum);
                continue;
            }
            if (values.size() != 4 && values.size() != 6) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "Expected spectral value, angle, Psi, Delta and optionally their two uncertainties (4 or 6"
                                + " numbers), found " + values.size());
            }
            if (valuesPerRow != 0 && values.size() != valuesPerRow) {
                throw new MalformedFile(
                        Problem.INCONSISTENT_COLUMNS,
                        number,
                        "This row has " + values.size() + " numbers where the rows before it have " + valuesPerRow);
            }
            valuesPerRow = values.size();
            double x = Numbers.parse(values.get(0), number, capitalised(spectral.name()));
            double angle = inRange(
                    Numbers.parse(values.get(1), number, "Angle of incidence"),
                    0,
                    90,
                    false,
                    number,
                    "Angle of incidence");
            double psi = inRange(Numbers.parse(values.get(2), number, "Psi"), 0, 90, true, number, "Psi");
            double delta = inRange(Numbers.parse(values.get(3), number, "Delta"), -360, 360, true, number, "Delta");
            AngleScan scan = scans.computeIfAbsent(angle, a -> new AngleScan());
            scan.add(x, psi, delta);
            if (valuesPerRow == 6) {
                scan.addSigmas(
                        Numbers.parse(values.get(4), number, "Uncertainty of Psi"),
                        Numbers.parse(values.get(5), number, "Uncertainty of Delta"));
            }
        }
        if (scans.isEmpty()) {
            throw new MalformedFile(Problem.NO_DATA, lastRow, "The file has no Psi/Delta rows");
        }
        List<Series> series = new ArrayList<>();
        scans.forEach((angle, scan) -> series.add(scan.toSeries(spectral, angle)));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("sample", file.line(1).strip());
        metadata.put("spectral_unit", file.line(2).strip());
        if (!skipped.isEmpty()) {
            metadata.put("skipped_rows", skipped.toString());
        }
        return new TextImport.Read(series, metadata);
    }

    private static void requireNumbers(List<String> values, int line, String tag) {
        if (values.isEmpty() || !values.stream().allMatch(Numbers::isNumber)) {
            throw new MalformedFile(
                    Problem.MALFORMED_LINE, line, "A row tagged '" + tag + "' should hold numbers after its tag");
        }
    }

    private static double inRange(double value, double low, double high, boolean inclusive, int line, String what) {
        boolean inside = inclusive ? value >= low && value <= high : value > low && value < high;
        if (!inside) {
            throw new MalformedFile(
                    Problem.VALUE_OUT_OF_RANGE,
                    line,
                    what + " " + value + " deg is outside " + (inclusive ? "[" : "(") + low + ", " + high
                            + (inclusive ? "]" : ")"));
        }
        return value;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' ');
    }

    /** The rows of one angle of incidence, in file order. */
    private static final class AngleScan {
        private final DoubleColumn x = new DoubleColumn();
        private final DoubleColumn psi = new DoubleColumn();
        private final DoubleColumn delta = new DoubleColumn();
        private final DoubleColumn psiSigma = new DoubleColumn();
        private final DoubleColumn deltaSigma = new DoubleColumn();

        void add(double spectralValue, double psiValue, double deltaValue) {
            x.add(spectralValue);
            psi.add(psiValue);
            delta.add(deltaValue);
        }

        void addSigmas(double psiUncertainty, double deltaUncertainty) {
            psiSigma.add(psiUncertainty);
            deltaSigma.add(deltaUncertainty);
        }

        Series toSeries(Axis spectral, double angle) {
            List<Trace> y = new ArrayList<>(List.of(Trace.of(PSI, psi.toArray()), Trace.of(DELTA, delta.toArray())));
            if (psiSigma.size() == x.size()) {
                y.add(Trace.of(PSI_SIGMA, psiSigma.toArray()));
                y.add(Trace.of(DELTA_SIGMA, deltaSigma.toArray()));
            }
            String degrees = angle == Math.rint(angle) ? String.valueOf((long) angle) : String.valueOf(angle);
            return new Series(
                    "aoi " + degrees + " deg",
                    Trace.of(spectral, x.toArray()),
                    y,
                    List.of(),
                    Map.of("angle_of_incidence_deg", String.valueOf(angle)));
        }
    }
}
