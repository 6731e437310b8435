package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.error;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import lab.spectra.model.rundata.ImportError;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.Samples;
import org.junit.jupiter.api.Test;

/**
 * One damaged copy of each sample: the import fails as a whole (no series at all), names the
 * problem and the line a technician would open the file at.
 */
class MalformedFilesAreRefusedAtTheirLineTest {

    @Test
    void aKeithley2400SweepWithALetterInANumber() {
        byte[] file = Samples.withLine(
                "keithley-2400-resistor-sweep.csv",
                15,
                "-5.000000E-01,-4.99998BE-03,+9.910000E+37,+1.277869E-01,+4.000000E+00");

        assertRefused(new KeithleySweepCsvImporter(), file, Problem.MALFORMED_NUMBER, 15, "Current '-4.99998BE-03'");
    }

    @Test
    void aKeithley2450BufferWithAnOverflowedReading() {
        byte[] file = Samples.withLine(
                "keithley-2450-diode-sweep.csv",
                20,
                "16,9.900000E+37,Amp DC,0.658031,-2.500000E-01,Volt DC,Not Limited,1.000000E-02,Amp DC,Front,"
                        + "03/14/2026,10:52:19");

        assertRefused(new KeithleySweepCsvImporter(), file, Problem.OVERFLOW_READING, 20, "overflow marker");
    }

    @Test
    void anOceanSpectrumWithAMangledIntensity() {
        byte[] file = Samples.withLine("ocean-green-led-spectrum.txt", 500, "520.524\t402x98.71");

        assertRefused(new OceanSpectrumImporter(), file, Problem.MALFORMED_NUMBER, 500, "Intensity '402x98.71'");
    }

    @Test
    void anOceanSpectrumCutOffBeforeItsEndMarker() {
        byte[] file = Samples.truncatedAfter("ocean-green-led-spectrum.txt", 1000);

        assertRefused(new OceanSpectrumImporter(), file, Problem.MISSING_END_MARKER, 1000, "truncated");
    }

    @Test
    void aWoollamFileWithAPsiBeyondNinetyDegrees() {
        byte[] file = Samples.withLine(
                "woollam-sio2-on-si.dat", 100, "E\t560.000\t70.00\t95.546830\t87.687877\t0.016995\t0.121816");

        assertRefused(new WoollamPsiDeltaImporter(), file, Problem.VALUE_OUT_OF_RANGE, 100, "Psi 95.54683");
    }

    @Test
    void anXyFileWithARowOfThreeValuesAmongRowsOfTwo() {
        byte[] file = Samples.withLine("xrd-si-powder.xy", 1500, "49.9600 110 10.5");

        assertRefused(new XrdXyImporter(), file, Problem.INCONSISTENT_COLUMNS, 1500, "3 values");
    }

    @Test
    void aRasFileCutOffInItsIntensityBlock() {
        byte[] file = Samples.truncatedAfter("rigaku-zno-on-sapphire.ras", 2000);

        assertRefused(new RigakuRasImporter(), file, Problem.MISSING_END_MARKER, 2000, "*RAS_INT_END");
    }

    @Test
    void aRasScanHoldingFewerPointsThanItsHeaderDeclares() {
        byte[] file = Samples.withLine("rigaku-zno-on-sapphire.ras", 1000, "");

        assertRefused(new RigakuRasImporter(), file, Problem.POINT_COUNT_MISMATCH, 3034, "declares 3001 points");
    }

    @Test
    void anFeiTiffWhosePixelWidthIsNotANumber() {
        byte[] file = new TinyTiff()
                .ascii(SemImageImporter.FEI_METADATA_TAG, "[Beam]\r\nHV=5000\r\n[Scan]\r\nPixelWidth=9.77 nm\r\n")
                .bytes();

        assertRefused(SemImageImporter.fromFileOnly(), file, Problem.MALFORMED_METADATA, 4, "PixelWidth '9.77 nm'");
    }

    @Test
    void aTiffCutOffBeforeItsPixels() {
        byte[] whole = Samples.bytes("sem-zno-particles-fei.tif");
        byte[] file = Arrays.copyOf(whole, 40);

        ImportError error = assertRefused(SemImageImporter.fromFileOnly(), file, Problem.UNREADABLE_IMAGE, 0, "");
        assertThat(error.describe()).startsWith("sem-image v1: The image could not be read");
    }

    @Test
    void aMappedCsvRowWithTooFewColumns() {
        ColumnMapping mapping = ColumnMapping.fromJson(
                new String(Samples.bytes("uvvis-reflectance-de.mapping.json"), StandardCharsets.UTF_8));
        byte[] file = Samples.withLine("uvvis-reflectance-de.csv", 100, "444;23,987");

        assertRefused(new GenericCsvImporter(mapping), file, Problem.TOO_FEW_COLUMNS, 100, "reads column 3");
    }

    @Test
    void anEmptyFile() {
        assertRefused(new XrdXyImporter(), new byte[0], Problem.EMPTY_FILE, 0, "empty");
    }

    private static ImportError assertRefused(
            Importer importer, byte[] file, Problem problem, int line, String messagePart) {
        ImportOutcome outcome = importer.parse(file);
        assertThat(outcome).isInstanceOf(ImportOutcome.Failed.class);
        ImportError error = error(outcome);
        assertThat(error.parser()).isEqualTo(importer.id());
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.message()).contains(messagePart);
        if (line > 0) {
            assertThat(error.describe()).startsWith(importer.id() + ", line " + line + ": ");
        }
        return error;
    }
}
