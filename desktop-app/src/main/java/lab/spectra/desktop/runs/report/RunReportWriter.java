package lab.spectra.desktop.runs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lab.spectra.desktop.runs.data.RunFiles;
import lab.spectra.model.report.PrintableChart;
import lab.spectra.model.report.PrintableRun;
import lab.spectra.model.report.RunReportParts;
import lab.spectra.model.report.RunReportPdf;

/**
 * "Export report PDF…" of a run on the bench, offline too: the run's record from the local copy
 * and its chart from the raw file's bytes on this PC, printed with the same renderer as the
 * server's. Bytes this PC does not hold are not fetched: the report says the chart is not
 * available offline instead of waiting for, or failing on, the network.
 *
 * <p>The PDF is written next to the target and moved into place when complete: a failure never
 * leaves half a PDF under the chosen name.
 */
public final class RunReportWriter implements RunReportExport {

    static final String NOT_ON_THIS_PC = "The run's raw files are not on this PC, so the chart is not available"
            + " offline; open the run's data tab while connected to fetch them, then export again.";

    private final RunReportQueries runs;
    private final RunFiles files;
    private final RunReportPdf printer;
    private final Clock clock;
    private final Supplier<String> printedBy;

    /**
     * @param clock     the bench's clock: its zone is the zone the report's times are shown in
     * @param printedBy the display name of the person signed in, asked at each printout
     */
    public RunReportWriter(
            RunReportQueries runs, RunFiles files, RunReportPdf printer, Clock clock, Supplier<String> printedBy) {
        this.runs = runs;
        this.files = files;
        this.printer = printer;
        this.clock = clock;
        this.printedBy = printedBy;
    }

    @Override
    public Path export(UUID runId, boolean logarithmicIv, Path target) {
        RunReportQueries.StoredRun stored = runs.run(runId)
                .orElseThrow(() -> new NoSuchElementException(
                        "The run " + runId + " is not on this workstation; sync, then export again"));
        PrintableChart chart = RunReportParts.chart(stored.files(), this::bytesOnThisPc, logarithmicIv, NOT_ON_THIS_PC);
        PrintableRun printable = new PrintableRun(
                stored.organizationName(),
                runId,
                stored.context(),
                chart,
                stored.results(),
                stored.files(),
                stored.signatures(),
                clock.getZone(),
                clock.instant(),
                printedBy.get());
        Path absolute = target.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(absolute.getParent(), ".spectra-report-", ".pdf.part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    printer.write(printable, out);
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written to " + absolute + ": " + e.getMessage(), e);
        }
    }

    private Optional<byte[]> bytesOnThisPc(String contentSha256) {
        return files.local(contentSha256).map(path -> {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("The file " + path + " cannot be read: " + e.getMessage(), e);
            }
        });
    }
}
