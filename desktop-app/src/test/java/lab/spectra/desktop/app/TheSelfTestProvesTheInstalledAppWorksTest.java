package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class TheSelfTestProvesTheInstalledAppWorksTest {

    /**
     * The self-test starts JavaFX itself where nothing has; in a test JVM TestFX must own the
     * toolkit, or the robot of every UI test after this class clicks into nothing.
     */
    @BeforeAll
    static void startTheToolkitTheWayTheUiTestsDo() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void itStartsTheEmbeddedServerSignsInSyncsAndReportsSuccess() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path data = Files.createTempDirectory("self-test-");

        int exit = SelfTest.run(new EmbeddedServer(), data, new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Signed in as", "instruments, 1 locked", "Self-test passed");
        // The tests run JavaFX headless, so the chart is drawn here.
        assertThat(printed).contains("Chart of 100,000 points drawn in");
        assertThat(data.resolve("self-test-chart.png")).isNotEmptyFile();
        assertThat(data.resolve("bench")).isDirectory();
    }

    @Test
    void itPrintsANotebookEntryWhosePdfShowsGreekLettersAndLabSymbols() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path data = Files.createTempDirectory("self-test-");

        int exit = SelfTest.run(new EmbeddedServer(), data, new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Printed a notebook entry to ", "Ψ Δ θ µ ± Å °");
        Path pdf = data.resolve("self-test-notebook-entry.pdf");
        assertThat(pdf).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ψ Δ θ µ ± Å °", "Self-test record");
        }
    }

    @Test
    void itPrintsADemoRunsReportWithTheChartOfItsRawFile() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path data = Files.createTempDirectory("self-test-");

        int exit = SelfTest.run(new EmbeddedServer(), data, new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Printed a run report to ", "chart of ");
        Path pdf = data.resolve("self-test-run-report.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Run report", "Figure: ", "SHA-256 ", "Not signed.");
        }
    }

    @Test
    void aFailureIsReportedWithExitCodeOne() throws Exception {
        Path notAFolder = Files.createTempFile("self-test-", ".txt");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exit =
                SelfTest.run(new EmbeddedServer(), notAFolder, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Self-test failed");
    }
}
