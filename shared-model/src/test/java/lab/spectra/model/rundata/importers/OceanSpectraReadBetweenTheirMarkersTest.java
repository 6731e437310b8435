package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import org.junit.jupiter.api.Test;

class OceanSpectraReadBetweenTheirMarkersTest {

    private final OceanSpectrumImporter importer = new OceanSpectrumImporter();

    @Test
    void anOceanViewSpectrumReadsEveryPixelAndKeepsTheHeaderAsMetadata() {
        ImportedData.Curves curves = curves(importer.parse(Samples.bytes("ocean-green-led-spectrum.txt")));

        assertThat(curves.parser()).hasToString("ocean-spectrum-text v1");
        Series spectrum = curves.first();
        assertThat(spectrum.size()).isEqualTo(2048);
        assertThat(spectrum.x().axis()).isEqualTo(OceanSpectrumImporter.WAVELENGTH);
        assertThat(spectrum.x().get(0)).isEqualTo(339.224);
        assertThat(spectrum.x().get(585)).isEqualTo(557.203);
        assertThat(spectrum.trace("intensity").orElseThrow().get(585)).isEqualTo(2713.39);
        assertThat(curves.metadata())
                .containsEntry("Spectrometer", "FLMS04127")
                .containsEntry("Integration Time (sec)", "1.000000E-2")
                .containsEntry("title", "Data from FLMS04127__0__10-58-31-374.txt Node");
    }

    @Test
    void aSpectraSuiteFileWithProcessedMarkersAndDecimalCommasReadsTheSameNumbers() {
        String file = "SpectraSuite Data File\r\n"
                + "++++++++++++++++++++++++++++++++++++\r\n"
                + "Date: Fri Mar 13 16:02:11 CET 2026\r\n"
                + "Integration Time (usec): 100000 (USB2E12345)\r\n"
                + ">>>>>Begin Processed Spectral Data<<<<<\r\n"
                + "339,22\t1002,5\r\n"
                + "339,60\t1010,25\r\n"
                + ">>>>>End Processed Spectral Data<<<<<\r\n";

        ImportedData.Curves curves = curves(importer.parse(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(curves.first().x().toArray()).containsExactly(339.22, 339.60);
        assertThat(curves.first().y().get(0).toArray()).containsExactly(1002.5, 1010.25);
        assertThat(curves.metadata()).containsEntry("title", "SpectraSuite Data File");
    }
}
