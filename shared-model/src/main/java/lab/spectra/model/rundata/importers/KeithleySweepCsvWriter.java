package lab.spectra.model.rundata.importers;

import java.util.Map;
import java.util.Optional;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * Writes an IV sweep in the named-column layout {@link KeithleySweepCsvImporter} reads, with the
 * 2400's status word (bit 3 set where the point was in compliance). For demo data and tests.
 */
public final class KeithleySweepCsvWriter {

    private KeithleySweepCsvWriter() {}

    /**
     * The sweep as CSV bytes.
     *
     * @param sweep voltage on x, a {@code current} trace in A, optionally {@code time} in s and a
     *     {@code compliance} flag
     * @param preamble {@code key,value} lines written above the header row
     */
    public static byte[] write(Series sweep, Map<String, String> preamble) {
        Trace current = sweep.trace("current").orElseThrow(() -> new IllegalArgumentException("No current trace"));
        Optional<Trace> time = sweep.trace("time");
        Optional<PointFlags> compliance = sweep.flag(PointFlags.COMPLIANCE);
        ExportText text = new ExportText();
        preamble.forEach((key, value) -> text.line(key + "," + value));
        text.line("Voltage (V),Current (A)" + (time.isPresent() ? ",Time (s)" : "") + ",Status");
        for (int i = 0; i < sweep.size(); i++) {
            int status = compliance.isPresent() && compliance.get().isSet(i) ? 8 : 0;
            text.line(ExportText.number(sweep.x().get(i)) + "," + ExportText.number(current.get(i))
                    + (time.isPresent() ? "," + ExportText.number(time.get().get(i)) : "") + "," + status);
        }
        return text.toBytes();
    }
}
