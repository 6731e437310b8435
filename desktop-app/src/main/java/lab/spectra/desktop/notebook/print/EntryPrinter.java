package lab.spectra.desktop.notebook.print;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import lab.spectra.desktop.notebook.print.PrintableEntryQueries.StoredEntry;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.report.PrintableEntry;

/**
 * "Print / export PDF" of a notebook entry on the bench, offline too: the entry's record from the
 * local copy, printed with the same renderer as the server's, into the file the person chose.
 *
 * <p>{@link #export} reads the database and writes a file, so it runs off the JavaFX thread (the
 * notebook screen hands it to the {@code TaskRunner}). The PDF is written next to the target and
 * moved into place when complete: a failure never leaves half a PDF under the chosen name.
 */
public final class EntryPrinter {

    private final PrintableEntryQueries entries;
    private final EntryPdf printer;
    private final Clock clock;
    private final Supplier<String> printedBy;

    /**
     * @param clock     the bench's clock: its zone is the zone the printout's times are shown in
     * @param printedBy the display name of the person signed in, asked at each printout
     */
    public EntryPrinter(PrintableEntryQueries entries, EntryPdf printer, Clock clock, Supplier<String> printedBy) {
        this.entries = entries;
        this.printer = printer;
        this.clock = clock;
        this.printedBy = printedBy;
    }

    /**
     * Writes the entry's PDF to {@code target}, replacing a file of that name.
     *
     * @return the file written
     * @throws NoSuchElementException when this bench has no such entry
     * @throws UncheckedIOException   when the file cannot be written
     */
    public Path export(UUID entryId, Path target) {
        StoredEntry stored = entries.entry(entryId)
                .orElseThrow(() -> new NoSuchElementException(
                        "The notebook entry " + entryId + " is not on this workstation; sync, then print again"));
        PrintableEntry printable = printable(stored);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            Path partial = Files.createTempFile(folder, ".spectra-print-", ".pdf.part");
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

    private PrintableEntry printable(StoredEntry stored) {
        return new PrintableEntry(
                stored.organizationName(),
                stored.entry().id(),
                stored.entry().title(),
                stored.entry().bodyMarkdown(),
                stored.version(),
                stored.authorName(),
                stored.entry().createdAt(),
                stored.entry().updatedAt(),
                stored.links(),
                stored.signatures(),
                SignedContent.sha256(stored.entry()),
                clock.getZone(),
                clock.instant(),
                printedBy.get());
    }
}
