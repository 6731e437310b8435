package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.ColumnMapping;
import lab.spectra.model.rundata.importers.ImportFormat;
import lab.spectra.model.rundata.importers.XrdXyImporter;
import lab.spectra.model.rundata.importers.XrdXyWriter;
import org.junit.jupiter.api.Test;

/**
 * The data tab's reading of a file, without a bench: the format comes from the content, the
 * format's algorithm derives its result, and a file that is not an export says what it could be.
 */
class AnExportIsReadAndItsResultsDerivedBeforeAnythingIsRecordedTest {

    @Test
    void aDiffractogramGetsThePositionAndWidthOfItsPeakByTheNamedAlgorithm() {
        int points = 401;
        double[] twoTheta = new double[points];
        double[] counts = new double[points];
        for (int i = 0; i < points; i++) {
            twoTheta[i] = 65 + 0.02 * i;
            // Si (400) near 69.13°, a Gaussian 0.10° wide at half its height, on a flat background.
            double sigma = 0.10 / (2 * Math.sqrt(2 * Math.log(2)));
            counts[i] = 120 + 50_000 * Math.exp(-Math.pow(twoTheta[i] - 69.13, 2) / (2 * sigma * sigma));
        }
        byte[] file = XrdXyWriter.write(
                Series.of(
                        "scan", Trace.of(XrdXyImporter.TWO_THETA, twoTheta), Trace.of(XrdXyImporter.INTENSITY, counts)),
                "Si(100) wafer, theta-2theta");

        DataFileImport.Reading reading = DataFileImport.read("si-400.xy", file);

        assertThat(reading).isInstanceOfSatisfying(DataFileImport.Read.class, read -> {
            assertThat(read.format()).isEqualTo(ImportFormat.XRD_XY);
            assertThat(read.derived())
                    .isNotEmpty()
                    .allSatisfy(result -> assertThat(result.algorithm().name()).isEqualTo("peak-fwhm-interpolated"));
            assertThat(read.derived())
                    .anySatisfy(result -> assertThat(result.value()).isCloseTo(69.13, within(0.02)));
            assertThat(read.derived())
                    .allSatisfy(result -> assertThat(result.provenance().rawFileSha256())
                            .hasValue(read.data().sourceSha256()));
        });
    }

    @Test
    void aFileThatIsNoKnownExportIsRefusedNamingTheFormatsRead() {
        byte[] notes = "Sample looked hazy after the anneal.\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DataFileImport.read("notes.txt", notes))
                .isEqualTo(new DataFileImport.Refused("notes.txt is not an export this bench recognises (Keithley sweep"
                        + " CSV, Ocean spectrum, Woollam Psi/Delta, XRD .xy or .ras, SEM image), and the run's recipe keeps no"
                        + " column mapping for other tables"));
    }

    @Test
    void aTableNoImporterKnowsIsReadByTheMappingItsRecipeKeeps() {
        byte[] table = "time_s;signal_mV\n0,0;1,25\n0,5;1,75\n1,0;2,50\n".getBytes(StandardCharsets.UTF_8);

        DataFileImport.Reading reading = DataFileImport.read("trace.csv", table, Optional.of(SEMICOLON_TABLE));

        assertThat(reading).isInstanceOfSatisfying(DataFileImport.Read.class, read -> {
            assertThat(read.format()).isEqualTo(ImportFormat.GENERIC_CSV);
            Series series = ((ImportedData.Curves) read.data()).first();
            assertThat(series.size()).isEqualTo(3);
            assertThat(series.trace("signal").orElseThrow().get(2)).isEqualTo(2.5);
        });
    }

    @Test
    void aTableThatDoesNotFitItsRecipesMappingIsRefusedAtItsLine() {
        byte[] table = "time_s;signal_mV\n0,0;1,25\n0,5;high\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DataFileImport.read("trace.csv", table, Optional.of(SEMICOLON_TABLE)))
                .isInstanceOfSatisfying(DataFileImport.Refused.class, refused -> assertThat(refused.reason())
                        .contains("line 3"));
    }

    private static final ColumnMapping SEMICOLON_TABLE = new ColumnMapping(
            ColumnMapping.Delimiter.SEMICOLON,
            ColumnMapping.DecimalSeparator.COMMA,
            1,
            "",
            new ColumnMapping.Column(1, "time", "s"),
            List.of(new ColumnMapping.Column(2, "signal", "mV")));
}
