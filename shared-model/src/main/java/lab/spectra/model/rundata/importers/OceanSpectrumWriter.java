package lab.spectra.model.rundata.importers;

import java.util.Map;
import lab.spectra.model.rundata.Series;

/** Writes a spectrum as OceanView-style text that {@link OceanSpectrumImporter} reads. For demo data and tests. */
public final class OceanSpectrumWriter {

    private OceanSpectrumWriter() {}

    /**
     * The spectrum as text bytes.
     *
     * @param spectrum wavelength on x, intensity as its first y trace
     * @param header {@code Key: Value} lines before the data
     */
    public static byte[] write(Series spectrum, Map<String, String> header) {
        ExportText text = new ExportText();
        header.forEach((key, value) -> text.line(key + ": " + value));
        text.line("Number of Pixels in Spectrum: " + spectrum.size());
        text.line(">>>>>Begin Spectral Data<<<<<");
        for (int i = 0; i < spectrum.size(); i++) {
            text.line(ExportText.number(spectrum.x().get(i)) + "\t"
                    + ExportText.number(spectrum.y().get(0).get(i)));
        }
        text.line(">>>>>End Spectral Data<<<<<");
        return text.toBytes();
    }
}
