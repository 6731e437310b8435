package lab.spectra.model.rundata.importers;

import java.util.List;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/** Writes Psi/Delta scans in the WVASE text layout {@link WoollamPsiDeltaImporter} reads. For demo data and tests. */
public final class WoollamPsiDeltaWriter {

    private WoollamPsiDeltaWriter() {}

    /**
     * The scans as WVASE text bytes.
     *
     * @param scans one per angle of incidence, each with {@code psi} and {@code delta} traces and
     *     the angle in its {@code angle_of_incidence_deg} metadata
     * @param spectralUnit {@code nm} or {@code eV}
     */
    public static byte[] write(List<Series> scans, String sample, String spectralUnit) {
        ExportText text = new ExportText();
        text.line(sample);
        text.line(spectralUnit);
        for (Series scan : scans) {
            String angle = scan.metadata().get("angle_of_incidence_deg");
            if (angle == null) {
                throw new IllegalArgumentException("Series " + scan.name() + " has no angle of incidence");
            }
            Trace psi = scan.trace("psi").orElseThrow(() -> new IllegalArgumentException("No psi trace"));
            Trace delta = scan.trace("delta").orElseThrow(() -> new IllegalArgumentException("No delta trace"));
            for (int i = 0; i < scan.size(); i++) {
                text.line("E\t" + ExportText.number(scan.x().get(i)) + "\t" + angle + "\t"
                        + ExportText.number(psi.get(i)) + "\t" + ExportText.number(delta.get(i)));
            }
        }
        return text.toBytes();
    }
}
