package lab.spectra.model.rundata.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lab.spectra.model.rundata.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsAreDetectedByContentBeforeExtensionTest {

    @ParameterizedTest
    @CsvSource({
        "keithley-2400-resistor-sweep.csv, KEITHLEY_SWEEP_CSV",
        "keithley-2450-diode-sweep.csv, KEITHLEY_SWEEP_CSV",
        "ocean-green-led-spectrum.txt, OCEAN_SPECTRUM_TEXT",
        "woollam-sio2-on-si.dat, WOOLLAM_PSI_DELTA_TEXT",
        "xrd-si-powder.xy, XRD_XY",
        "rigaku-zno-on-sapphire.ras, RIGAKU_RAS",
        "sem-zno-particles-fei.tif, SEM_IMAGE"
    })
    void eachSampleIsDetectedAsItsFormat(String sample, ImportFormat format) {
        assertThat(FormatDetector.detect(sample, Samples.bytes(sample)))
                .map(FormatDetector.Detection::format)
                .contains(format);
    }

    @ParameterizedTest
    @CsvSource({
        "keithley-2400-resistor-sweep.csv, KEITHLEY_SWEEP_CSV",
        "ocean-green-led-spectrum.txt, OCEAN_SPECTRUM_TEXT",
        "woollam-sio2-on-si.dat, WOOLLAM_PSI_DELTA_TEXT",
        "rigaku-zno-on-sapphire.ras, RIGAKU_RAS",
        "sem-zno-particles-fei.tif, SEM_IMAGE"
    })
    void aRenamedFileIsStillRecognisedByWhatItHolds(String sample, ImportFormat format) {
        assertThat(FormatDetector.detect("export.txt", Samples.bytes(sample)))
                .map(FormatDetector.Detection::format)
                .contains(format);
    }

    @Test
    void aPlainTableOfNumbersIsAnXrdPatternOnlyWhenNamedXy() {
        byte[] table = "20.00 105\r\n20.02 98\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FormatDetector.detect("scan.xy", table))
                .map(FormatDetector.Detection::format)
                .contains(ImportFormat.XRD_XY);
        assertThat(FormatDetector.detect("scan.csv", table)).isEmpty();
    }

    @Test
    void aTableNoImporterKnowsIsLeftForAMappedCsvImport() {
        Optional<FormatDetector.Detection> detection =
                FormatDetector.detect("uvvis-reflectance-de.csv", Samples.bytes("uvvis-reflectance-de.csv"));

        assertThat(detection).isEmpty();
    }

    @Test
    void everyDetectedFormatHasAStandardImporterForTheSameParser() {
        for (ImportFormat format : ImportFormat.values()) {
            if (format != ImportFormat.GENERIC_CSV) {
                assertThat(Importers.standard(format).id()).isEqualTo(format.parser());
            }
        }
    }
}
