package lab.spectra.model.rundata.importers;

import java.util.Map;
import java.util.Optional;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.PixelSize;

/**
 * The text block Thermo Fisher / FEI microscopes put in TIFF tag 34682: INI sections
 * ({@code [Beam]}, {@code [Scan]}) of {@code Key=Value} lines. Every entry is kept as metadata
 * ({@code fei.Scan.PixelWidth}); the pixel size is {@code [Scan] PixelWidth} and
 * {@code PixelHeight}, in metres.
 */
final class FeiMetadata {

    private static final String WHERE = "FEI metadata (TIFF tag " + SemImageImporter.FEI_METADATA_TAG + ")";

    private FeiMetadata() {}

    static Optional<PixelSize> read(String text, Map<String, String> metadata) {
        String section = "";
        String[] lines = text.split("\r?\n|\r", -1);
        Double width = null;
        Double height = null;
        for (int index = 0; index < lines.length; index++) {
            int number = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw malformed(number, "expected [Section] or Key=Value, found '" + line + "'");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            metadata.put("fei." + section + "." + key, value);
            if (section.equals("Scan") && key.equals("PixelWidth")) {
                width = pixelLength(value, number, key);
            } else if (section.equals("Scan") && key.equals("PixelHeight")) {
                height = pixelLength(value, number, key);
            }
        }
        if (width == null) {
            return Optional.empty();
        }
        return Optional.of(new PixelSize(width, height == null ? width : height, PixelSize.Source.FEI_METADATA_TAG));
    }

    private static double pixelLength(String value, int line, String key) {
        if (!Numbers.isNumber(value)) {
            throw malformed(line, key + " '" + value + "' is not a number");
        }
        double metres = Double.parseDouble(value.strip());
        if (!(metres > 0) || !Double.isFinite(metres)) {
            throw malformed(line, key + " " + value + " is not a positive length");
        }
        return metres;
    }

    private static MalformedFile malformed(int line, String message) {
        return new MalformedFile(Problem.MALFORMED_METADATA, line, "In the " + WHERE + ": " + message);
    }
}
