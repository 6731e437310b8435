package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import org.junit.jupiter.api.Test;

class WoollamScansSplitByAngleOfIncidenceTest {

    private final WoollamPsiDeltaImporter importer = new WoollamPsiDeltaImporter();

    @Test
    void eachAngleOfIncidenceBecomesASeriesOfPsiAndDeltaOverWavelength() {
        ImportedData.Curves curves = curves(importer.parse(Samples.bytes("woollam-sio2-on-si.dat")));

        assertThat(curves.series()).extracting(Series::name).containsExactly("aoi 65 deg", "aoi 70 deg", "aoi 75 deg");
        Series at65 = curves.first();
        assertThat(at65.size()).isEqualTo(71);
        assertThat(at65.metadata()).containsEntry("angle_of_incidence_deg", "65.0");
        assertThat(at65.x().axis().toString()).isEqualTo("wavelength [nm]");
        assertThat(at65.x().get(0)).isEqualTo(300.0);
        assertThat(at65.trace("psi").orElseThrow().get(0)).isEqualTo(32.303886);
        assertThat(at65.trace("delta").orElseThrow().get(0)).isEqualTo(232.079744);
        assertThat(at65.trace("psi_sigma").orElseThrow().get(0)).isEqualTo(0.021098);
        assertThat(at65.trace("delta_sigma").orElseThrow().get(0)).isEqualTo(0.073526);
        assertThat(curves.metadata())
                .containsEntry("sample", "Thermal SiO2 on Si(100), wafer W-2026-031 centre, VASE 65/70/75 deg")
                .containsEntry("spectral_unit", "nm");
    }

    @Test
    void rowsOfOtherDataTypesAreSkippedAndCountedNotMistakenForPsiAndDelta() {
        String file = "Si reference\r\neV\r\n"
                + "E\t2.0\t70\t10.5\t170.1\r\n"
                + "dpolE\t2.0\t70\t0.4\t0.01\r\n"
                + "3.0\t70\t11.5\t160.2\r\n";

        ImportedData.Curves curves = curves(importer.parse(file.getBytes(StandardCharsets.UTF_8)));

        Series scan = curves.first();
        assertThat(scan.x().axis().toString()).isEqualTo("photon_energy [eV]");
        assertThat(scan.x().toArray()).containsExactly(2.0, 3.0);
        assertThat(scan.trace("psi").orElseThrow().toArray()).containsExactly(10.5, 11.5);
        assertThat(scan.trace("psi_sigma")).isEmpty();
        assertThat(curves.metadata()).containsEntry("skipped_rows", "{dpolE=1}");
    }
}
