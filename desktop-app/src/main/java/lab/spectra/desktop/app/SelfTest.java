package lab.spectra.desktop.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.login.DemoAccount;
import lab.spectra.desktop.notebook.print.EntryPrinter;
import lab.spectra.desktop.notebook.print.PdfReadBack;
import lab.spectra.desktop.notebook.print.PrintableEntryQueries;
import lab.spectra.desktop.runs.data.RunDataQueries;
import lab.spectra.desktop.runs.report.RunReportQueries;
import lab.spectra.desktop.runs.report.RunReportWriter;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.report.RunReportPdf;

/**
 * {@code --self-test}: proves an installed app works without showing a window. In a throw-away
 * folder it opens a local database, starts the local server with the demo labs, signs in,
 * syncs, evaluates the calibrations, prints a notebook entry as PDF (its embedded fonts and the
 * PDF library must be in the image), prints a demo run's report with its chart drawn from the run's
 * raw file (fetched from the server like any bench would) and draws a chart of 100,000 points into a PNG where a display
 * lets JavaFX start; exit code 0 when all of it worked.
 */
public final class SelfTest {

    /** Characters the standard PDF fonts cannot show: the printout must carry a font that can. */
    static final String UNICODE_SAMPLE = "Ψ Δ θ µ ± Å °";

    private SelfTest() {}

    public static int run(LocalServer localServer, PrintStream out) {
        try {
            Path data = Files.createTempDirectory("spectra-self-test-");
            return run(localServer, data, out);
        } catch (IOException e) {
            out.println("Self-test failed: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
    }

    public static int run(LocalServer localServer, Path data, PrintStream out) {
        long started = System.nanoTime();
        try (LocalServer.Running server = localServer.start(data, LocalLab.DEMO);
                Workstation workstation = Workstation.open(data.resolve("bench"), server.uri())) {
            out.println("Local database and embedded server started (" + server.uri() + ")");
            DemoAccount tech = server.demoAccounts().stream()
                    .filter(account -> account.email().startsWith("tech@"))
                    .findFirst()
                    .orElseThrow();
            ServerSession session = workstation.signIn(tech.email(), tech.password());
            out.println("Signed in as " + session.displayName() + " ("
                    + session.role().displayName() + ")");
            SyncEngine.Report report = workstation.sync().syncNow();
            if (!report.succeeded()) {
                out.println("Self-test failed: sync did not complete: " + report.failure());
                return 1;
            }
            List<InstrumentLockout> instruments =
                    new InstrumentLockouts(new BenchReads(workstation.commands()), workstation.clock()).evaluate();
            if (instruments.isEmpty()) {
                out.println("Self-test failed: no instruments arrived from the server");
                return 1;
            }
            out.println("Synced " + report.pulledRows() + " rows; " + instruments.size() + " instruments, "
                    + instruments.stream().filter(InstrumentLockout::locked).count() + " locked");
            Optional<String> printFailure = printNotebookEntry(workstation, session, data, out);
            if (printFailure.isPresent()) {
                out.println("Self-test failed: " + printFailure.get());
                return 1;
            }
            Optional<String> reportFailure = printRunReport(workstation, session, data, out);
            if (reportFailure.isPresent()) {
                out.println("Self-test failed: " + reportFailure.get());
                return 1;
            }
            out.println(ChartSelfCheck.draw(data).line());
            out.println(BrowserSignIn.checkLoopbackRedirect());
            out.printf("Self-test passed in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (RuntimeException | IOException e) {
            out.println("Self-test failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Self-test interrupted");
            return 1;
        }
    }

    /**
     * Writes a notebook entry on the bench and prints it to a PDF in the data folder, then reads
     * the file back: it must parse and hold the Unicode sample.
     *
     * @return what went wrong, or empty when the PDF is right
     */
    private static Optional<String> printNotebookEntry(
            Workstation workstation, ServerSession session, Path data, PrintStream out) {
        UUID entryId = Ids.newId();
        Outcome written = workstation
                .commands()
                .execute(new WriteElnEntry(
                        workstation.newMeta(session.userId()),
                        entryId,
                        "Self-test record",
                        "Printed by the self-test: " + UNICODE_SAMPLE,
                        List.of(),
                        List.of()));
        if (!(written instanceof Applied)) {
            return Optional.of("the notebook entry to print was not written: " + written);
        }
        EntryPrinter printer = new EntryPrinter(
                new PrintableEntryQueries(new BenchReads(workstation.commands())),
                new EntryPdf(),
                // The printout shows the bench's local time, named with its zone.
                Clock.system(ZoneId.systemDefault()),
                session::displayName);
        Path pdf = printer.export(entryId, data.resolve("self-test-notebook-entry.pdf"));
        PdfReadBack.Contents contents = PdfReadBack.read(pdf);
        if (contents.pages() < 1 || !contents.text().contains(UNICODE_SAMPLE)) {
            return Optional.of("the printed notebook entry " + pdf + " does not show " + UNICODE_SAMPLE);
        }
        out.println("Printed a notebook entry to " + pdf + " (" + contents.pages() + " page, " + UNICODE_SAMPLE + ")");
        return Optional.empty();
    }

    /**
     * Fetches the raw files of the first demo run that has any, prints the run's report to a PDF in
     * the data folder and reads it back: it must parse and carry the chart of the run's file.
     *
     * @return what went wrong, or empty when the report is right
     */
    private static Optional<String> printRunReport(
            Workstation workstation, ServerSession session, Path data, PrintStream out) {
        BenchReads reads = new BenchReads(workstation.commands());
        RunReportQueries runs = new RunReportQueries(reads);
        Optional<UUID> runId = runs.firstRunWithAFile();
        if (runId.isEmpty()) {
            return Optional.of("no demo run with a raw file arrived from the server");
        }
        BenchRunFiles files = new BenchRunFiles(workstation, session.userId());
        List<Attachment> attached = new RunDataQueries(reads).attachments(runId.get());
        attached.forEach(file -> files.fetch(file.contentSha256()));
        RunReportWriter writer = new RunReportWriter(
                runs, files, new RunReportPdf(), Clock.system(ZoneId.systemDefault()), session::displayName);
        Path pdf = writer.export(runId.get(), true, data.resolve("self-test-run-report.pdf"));
        PdfReadBack.Contents contents = PdfReadBack.read(pdf);
        String figure = "Figure: " + attached.get(0).fileName();
        if (contents.pages() < 1 || !contents.text().contains(figure)) {
            return Optional.of("the run report " + pdf + " has no chart of "
                    + attached.get(0).fileName());
        }
        out.println("Printed a run report to " + pdf + " (" + contents.pages() + " pages, chart of "
                + attached.get(0).fileName() + ")");
        return Optional.empty();
    }
}
