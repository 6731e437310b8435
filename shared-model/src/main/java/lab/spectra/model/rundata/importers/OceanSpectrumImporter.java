package lab.spectra.model.rundata.importers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Spectra saved as text by Ocean Insight's OceanView or the older SpectraSuite / OOIBase32: header
 * lines ({@code Integration Time (sec): 1.000000E-1}) that become metadata, then
 * {@code >>>>>Begin Spectral Data<<<<<} (SpectraSuite: {@code Begin Processed Spectral Data}), one
 * {@code wavelength<TAB>intensity} row per pixel, and the matching end marker. Files saved on a
 * PC set to a decimal-comma locale ({@code 339,22}) are read too. The x axis is wavelength in nm
 * unless the header's {@code XAxis mode} says pixels or wavenumbers; intensity is in arbitrary
 * units because the file does not say whether it is raw counts or a processed spectrum.
 */
public final class OceanSpectrumImporter implements Importer {

    public static final ParserId ID = new ParserId("ocean-spectrum-text", 1);

    public static final Axis WAVELENGTH = new Axis("wavelength", "nm");
    public static final Axis INTENSITY = new Axis("intensity", "a.u.");

    static final String BEGIN_MARKER_START = ">>>>>Begin";
    static final String MARKER_END = "Spectral Data<<<<<";

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        return TextImport.run(ID, content, OceanSpectrumImporter::read);
    }

    private static TextImport.Read read(TextFile file) {
        Map<String, String> metadata = new LinkedHashMap<>();
        int begin = 0;
        for (int number = 1; number <= file.count() && begin == 0; number++) {
            String line = file.line(number).strip();
            if (isMarker(line, BEGIN_MARKER_START)) {
                begin = number;
            } else if (line.startsWith(">>>>>")) {
                throw new MalformedFile(
                        Problem.MALFORMED_LINE, number, "Expected the Begin Spectral Data marker, found " + line);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    metadata.put(
                            line.substring(0, colon).strip(),
                            line.substring(colon + 1).strip());
                } else if (!line.isEmpty() && !line.chars().allMatch(c -> c == '+')) {
                    metadata.putIfAbsent("title", line);
                }
            }
        }
        if (begin == 0) {
            throw new MalformedFile(
                    Problem.MISSING_HEADER,
                    file.count(),
                    "There is no >>>>>Begin Spectral Data<<<<< marker in the file");
        }
        String endMarker = file.line(begin).strip().replace("Begin", "End");
        Axis x = xAxis(metadata);
        DoubleColumn xs = new DoubleColumn();
        DoubleColumn intensities = new DoubleColumn();
        for (int number = begin + 1; number <= file.count(); number++) {
            String line = file.line(number).strip();
            if (line.equals(endMarker)) {
                if (xs.size() == 0) {
                    throw new MalformedFile(Problem.NO_DATA, number, "The spectral data block is empty");
                }
                Series spectrum =
                        Series.of("spectrum", Trace.of(x, xs.toArray()), Trace.of(INTENSITY, intensities.toArray()));
                return new TextImport.Read(List.of(spectrum), metadata);
            }
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = line.indexOf('\t') >= 0 ? Cells.split(line, '\t') : Cells.splitOnWhitespace(line);
            if (cells.size() != 2) {
                throw new MalformedFile(
                        Problem.TOO_FEW_COLUMNS,
                        number,
                        "Expected " + x.name() + " and intensity, found " + cells.size() + " values: " + line);
            }
            xs.add(Numbers.parseAllowingDecimalComma(cells.get(0), number, capitalised(x.name())));
            intensities.add(Numbers.parseAllowingDecimalComma(cells.get(1), number, "Intensity"));
        }
        throw new MalformedFile(
                Problem.MISSING_END_MARKER,
                file.count(),
                "The spectral data ends without its " + endMarker + " marker: the file looks truncated");
    }

    private static boolean isMarker(String line, String start) {
        return line.startsWith(start) && line.endsWith(MARKER_END);
    }

    private static Axis xAxis(Map<String, String> metadata) {
        String mode = metadata.getOrDefault("XAxis mode", "Wavelengths").toLowerCase(Locale.ROOT);
        if (mode.startsWith("pixel")) {
            return new Axis("pixel", "");
        }
        if (mode.contains("wavenumber") || mode.contains("raman")) {
            return new Axis("raman_shift", "cm^-1");
        }
        return WAVELENGTH;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' ');
    }
}
