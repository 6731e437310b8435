package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import org.junit.jupiter.api.Test;

class DiffractogramsReadFromXyAndRasFilesTest {

    @Test
    void anXyFileReadsTwoThetaAndCountsAndKeepsItsCommentLine() {
        ImportedData.Curves curves = curves(new XrdXyImporter().parse(Samples.bytes("xrd-si-powder.xy")));

        assertThat(curves.parser()).hasToString("xrd-xy v1");
        Series pattern = curves.first();
        assertThat(pattern.size()).isEqualTo(3001);
        assertThat(pattern.x().axis()).isEqualTo(XrdXyImporter.TWO_THETA);
        assertThat(pattern.x().get(0)).isEqualTo(20.0);
        assertThat(pattern.x().get(3000)).isEqualTo(80.0);
        assertThat(pattern.y().get(0).axis()).isEqualTo(XrdXyImporter.INTENSITY);
        assertThat(curves.metadata().get("comment")).startsWith("Si powder standard, Cu K-alpha");
    }

    @Test
    void aRasScanMultipliesItsCountsByTheAttenuatorFactorAndKeepsItsMeasurementHeader() {
        ImportedData.Curves curves = curves(new RigakuRasImporter().parse(Samples.bytes("rigaku-zno-on-sapphire.ras")));

        assertThat(curves.parser()).hasToString("rigaku-ras v1");
        Series scan = curves.first();
        assertThat(scan.size()).isEqualTo(3001);
        assertThat(scan.x().axis().toString()).isEqualTo("two_theta [deg]");
        assertThat(scan.y().get(0).axis().toString()).isEqualTo("intensity [cps]");
        int attenuated = indexOf(scan, 41.68);
        assertThat(scan.trace("attenuator_factor").orElseThrow().get(attenuated))
                .isEqualTo(10.45);
        assertThat(scan.trace("intensity").orElseThrow().get(attenuated)).isCloseTo(23325.5037 * 10.45, within(1e-6));
        int plain = indexOf(scan, 40.54);
        assertThat(scan.trace("intensity").orElseThrow().get(plain)).isEqualTo(44.2898);
        assertThat(scan.metadata()).containsEntry("MEAS_SCAN_STEP", "0.0200").containsEntry("MEAS_DATA_COUNT", "3001");
        assertThat(curves.metadata())
                .containsEntry("FILE_SAMPLE", "S-2026-0152")
                .containsEntry("HW_XG_TARGET_NAME", "Cu");
    }

    private static int indexOf(Series series, double x) {
        for (int i = 0; i < series.size(); i++) {
            if (Math.abs(series.x().get(i) - x) < 1e-9) {
                return i;
            }
        }
        throw new AssertionError("No point at " + x);
    }
}
