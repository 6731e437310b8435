package lab.spectra.model.rundata.importers;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.PixelSize;

/**
 * The text block Zeiss SmartSEM puts in TIFF tag 34118: parameter names ({@code AP_PIXEL_SIZE})
 * each followed by a {@code Label = value unit} line. The pixel size is the
 * {@code Image Pixel Size = 2.481 nm} line (older versions: {@code Pixel Size = ...}).
 */
final class ZeissMetadata {

    private static final String WHERE = "Zeiss metadata (TIFF tag " + SemImageImporter.ZEISS_METADATA_TAG + ")";

    private static final Pattern LABEL_VALUE = Pattern.compile("([^=]+?)\\s*=\\s*(.*)");
    private static final Pattern LENGTH = Pattern.compile("(\\S+)\\s*(\\S+)");

    private ZeissMetadata() {}

    static Optional<PixelSize> read(String text, Map<String, String> metadata) {
        String[] lines = text.split("\r?\n|\r", -1);
        Optional<PixelSize> pixelSize = Optional.empty();
        for (int index = 0; index < lines.length; index++) {
            Matcher entry = LABEL_VALUE.matcher(lines[index].strip());
            if (!entry.matches()) {
                continue;
            }
            String label = entry.group(1);
            String value = entry.group(2).strip();
            metadata.put("zeiss." + label, value);
            if (pixelSize.isEmpty() && (label.equals("Image Pixel Size") || label.equals("Pixel Size"))) {
                pixelSize = Optional.of(
                        PixelSize.square(length(value, index + 1, label), PixelSize.Source.ZEISS_METADATA_TAG));
            }
        }
        return pixelSize;
    }

    private static double length(String value, int line, String label) {
        Matcher length = LENGTH.matcher(value);
        if (!length.matches() || !Numbers.isNumber(length.group(1))) {
            throw malformed(line, label + " '" + value + "' is not a number and a unit");
        }
        Optional<Double> unit = LengthUnits.metres(length.group(2));
        if (unit.isEmpty()) {
            throw malformed(line, label + " is in '" + length.group(2) + "', not a unit of length");
        }
        double metres = Double.parseDouble(length.group(1)) * unit.get();
        if (!(metres > 0) || !Double.isFinite(metres)) {
            throw malformed(line, label + " " + value + " is not a positive length");
        }
        return metres;
    }

    private static MalformedFile malformed(int line, String message) {
        return new MalformedFile(Problem.MALFORMED_METADATA, line, "In the " + WHERE + ": " + message);
    }
}
