package lab.spectra.model.rundata.importers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses a file's format from its content first and its extension second: the markers an
 * instrument writes ({@code *RAS_DATA_START}, {@code >>>>>Begin Spectral Data<<<<<}, a Keithley
 * header row, an image's magic bytes) win over a name someone may have changed. A plain table of
 * two or three numbers per row is only taken for an XRD pattern when it is called {@code .xy} or
 * {@code .xye}; anything undetected is left for a generic CSV import with a column mapping.
 */
public final class FormatDetector {

    /** How much of a file is looked at. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final int SNIFF_LINES = 60;

    /** What was detected and why, for the import dialog to show. */
    public record Detection(ImportFormat format, String reason) {}

    private FormatDetector() {}

    public static Optional<Detection> detect(String fileName, byte[] content) {
        String extension = extensionOf(fileName);
        if (startsWith(content, 'I', 'I', '*', 0) || startsWith(content, 'M', 'M', 0, '*')) {
            return found(ImportFormat.SEM_IMAGE, "TIFF image");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return found(ImportFormat.SEM_IMAGE, "PNG image");
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES));
        List<String> lines = TextFile.asText(head).lines().limit(SNIFF_LINES).toList();
        if (lines.stream().anyMatch(line -> line.strip().equals(RigakuRasImporter.DATA_START))) {
            return found(ImportFormat.RIGAKU_RAS, "*RAS_DATA_START marker");
        }
        if (lines.stream()
                .map(String::strip)
                .anyMatch(line -> line.startsWith(OceanSpectrumImporter.BEGIN_MARKER_START)
                        && line.endsWith(OceanSpectrumImporter.MARKER_END))) {
            return found(ImportFormat.OCEAN_SPECTRUM_TEXT, "Begin Spectral Data marker");
        }
        if (lines.stream().anyMatch(FormatDetector::isKeithleyHeader)) {
            return found(ImportFormat.KEITHLEY_SWEEP_CSV, "voltage and current columns");
        }
        if (isWoollam(lines)) {
            return found(ImportFormat.WOOLLAM_PSI_DELTA_TEXT, "spectral unit line followed by Psi/Delta rows");
        }
        if ((extension.equals("xy") || extension.equals("xye")) && isNumberTable(lines)) {
            return found(ImportFormat.XRD_XY, "." + extension + " file of 2theta/intensity rows");
        }
        return Optional.empty();
    }

    private static Optional<Detection> found(ImportFormat format, String reason) {
        return Optional.of(new Detection(format, reason));
    }

    private static boolean isKeithleyHeader(String line) {
        return new KeithleySweepCsvImporter().recognisesHeader(line);
    }

    private static boolean isWoollam(List<String> lines) {
        if (lines.size() < 3
                || !WoollamPsiDeltaImporter.SPECTRAL_UNITS.containsKey(
                        lines.get(1).strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<String> cells = Cells.splitOnWhitespace(lines.get(2));
        List<String> values = !cells.isEmpty() && cells.get(0).equals("E") ? cells.subList(1, cells.size()) : cells;
        return (values.size() == 4 || values.size() == 6) && values.stream().allMatch(Numbers::isNumber);
    }

    private static boolean isNumberTable(List<String> lines) {
        List<List<String>> rows = lines.stream()
                .filter(line -> !line.isBlank() && !XrdXyImporter.isComment(line))
                .map(XrdXyImporter::cellsOf)
                .filter(cells -> cells.stream().allMatch(Numbers::isNumber))
                .toList();
        return !rows.isEmpty() && rows.stream().allMatch(cells -> cells.size() == 2 || cells.size() == 3);
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
