package lab.spectra.desktop.runs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.data.RunFiles;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.id.Ids;
import lab.spectra.model.report.RunReportPdf;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.testing.Lab;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export report PDF…" on a technician's bench, on its encrypted H2 copy without a server: the
 * report of her run is written with its context, chart, result and file hash; without the raw
 * bytes on this PC it still is, saying the chart is not available offline; a folder that cannot
 * be written to gives a clear message and no file.
 */
class ExportingARunsReportWritesAPdfFromTheLocalCopyTest {

    private static final String SWEEP = "keithley-2400-resistor-sweep.csv";

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final Clock clock = Clock.fixed(Lab.NOW, ZoneId.of("Europe/Berlin"));
    private final LocalCommands commands = new LocalCommands(copy, lab.technician, clock, localData);
    private final byte[] sweep = resource(SWEEP);

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        copy.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = RunFiles.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** A bench that holds the given bytes, or none; it never fetches. */
    private static RunFiles holding(Path file) {
        return new RunFiles() {
            @Override
            public TakenIn takeIn(Path source) {
                throw new AssertionError("nothing is imported here");
            }

            @Override
            public Optional<Path> local(String contentSha256) {
                return Optional.ofNullable(file);
            }

            @Override
            public Path fetch(String contentSha256) {
                throw new AssertionError("a report never waits for the network");
            }
        };
    }

    private void execute(lab.spectra.model.command.Command command) {
        commands.execute(command, () -> {}, refused -> {
            throw new AssertionError(refused);
        });
    }

    /** The technician's run with the sweep attached and a resistance typed in by hand. */
    private Run runWithSweep() {
        StartRun start = new StartRun(
                commands.newMeta(), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        execute(start);
        execute(new AttachFile(
                commands.newMeta(),
                Ids.newId(),
                start.runId(),
                SWEEP,
                "text/csv",
                sweep.length,
                ContentHash.sha256(sweep)));
        execute(new RecordResult(commands.newMeta(), Ids.newId(), start.runId(), "resistance", 997.5, "Ω", null, null));
        return new RunQueries(copy).page(null, 10).rows().get(0).run();
    }

    private RunReportViewModel model(RunFiles files) {
        return new RunReportViewModel(
                new RunReportWriter(
                        new RunReportQueries(copy), files, new RunReportPdf(), clock, () -> "Tess Technician"),
                new CurrentThreadTaskRunner());
    }

    @Test
    void theReportIsWrittenWithContextChartResultAndFileHash() throws IOException {
        Path held = Files.write(folder.resolve("held.csv"), sweep);
        Run run = runWithSweep();
        RunReportViewModel model = model(holding(held));
        model.run().set(run);
        Path target = folder.resolve(model.suggestedFileName());

        model.export(target, false);

        assertThat(model.message().get()).isEqualTo("Saved the run's report to " + target.toAbsolutePath());
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(text(target))
                .contains("Test lab — Run report", "Run of IV sweep v" + run.recipeVersion())
                .contains(lab.sample.name(), "SMU-01", "Tess Technician", "(Europe/Berlin)")
                .contains("Certificate " + lab.smuCalibration.certificateNumber())
                .contains("Figure: " + SWEEP)
                .contains("resistance 997.5 Ω manual")
                .contains(ContentHash.sha256(sweep))
                .contains("Not signed.");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).doesNotContain(".part");
        }
    }

    @Test
    void withoutTheRawBytesOnThisPcTheReportSaysTheChartIsNotAvailableOffline() throws IOException {
        RunReportViewModel model = model(holding(null));
        model.run().set(runWithSweep());
        Path target = folder.resolve("offline.pdf");

        model.export(target, true);

        assertThat(text(target))
                .contains(RunReportWriter.NOT_ON_THIS_PC)
                .contains(ContentHash.sha256(sweep))
                .doesNotContain("Figure:");
    }

    @Test
    void aFolderThatCannotBeWrittenToGivesAClearMessageAndNoFile() {
        RunReportViewModel model = model(holding(null));
        model.run().set(runWithSweep());
        Path target = folder.resolve("no-such-folder").resolve("report.pdf");

        model.export(target, false);

        assertThat(model.message().get()).startsWith("The report could not be written: ");
        assertThat(model.writing().get()).isFalse();
        assertThat(target).doesNotExist();
    }
}
