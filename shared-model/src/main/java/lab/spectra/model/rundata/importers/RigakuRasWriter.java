package lab.spectra.model.rundata.importers;

import java.util.List;
import java.util.Map;
import lab.spectra.model.rundata.Series;

/**
 * Writes scans as a Rigaku {@code .ras} file that {@link RigakuRasImporter} reads: the file header
 * and each scan's {@code MEAS_} metadata, and intensity rows with an attenuator factor of 1. For
 * demo data and tests.
 */
public final class RigakuRasWriter {

    private RigakuRasWriter() {}

    /**
     * The scans as one {@code .ras} file.
     *
     * @param fileHeader {@code FILE_} and {@code HW_} entries, written before each scan's own
     */
    public static byte[] write(List<Series> scans, Map<String, String> fileHeader) {
        ExportText text = new ExportText();
        text.line(RigakuRasImporter.DATA_START);
        for (Series scan : scans) {
            text.line("*RAS_HEADER_START");
            fileHeader.forEach((key, value) -> text.line("*" + key + " \"" + value + "\""));
            scan.metadata().forEach((key, value) -> {
                if (!key.equals("MEAS_DATA_COUNT")) {
                    text.line("*" + key + " \"" + value + "\"");
                }
            });
            text.line("*MEAS_SCAN_UNIT_X \"" + scan.x().axis().unit() + "\"");
            text.line("*MEAS_SCAN_UNIT_Y \"" + scan.y().get(0).axis().unit() + "\"");
            text.line("*MEAS_DATA_COUNT \"" + scan.size() + "\"");
            text.line("*RAS_HEADER_END");
            text.line("*RAS_INT_START");
            for (int i = 0; i < scan.size(); i++) {
                text.line(ExportText.number(scan.x().get(i)) + " "
                        + ExportText.number(scan.y().get(0).get(i)) + " 1");
            }
            text.line("*RAS_INT_END");
        }
        text.line("*RAS_DATA_END");
        return text.toBytes();
    }
}
