package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedEntryCarriesItsVerificationHashesTest {

    private final EntryPdf printer = new EntryPdf();

    @Test
    void theContentHashAndTheRecordHashArePrinted() {
        PrintableEntry entry = PrintedPdfs.entry("Body.", List.of(PrintedPdfs.authored("Tara Tech")));

        String text = PrintedPdfs.text(printer.bytes(entry));

        assertThat(text)
                .contains(PrintedPdfs.CONTENT_SHA256)
                .contains(PrintedRecordHash.sha256(entry))
                .contains("Printed by Paula Investigator on 2026-11-30 11:00:00 UTC+01:00 (Europe/Berlin)");
    }

    @Test
    void everyPageEndsInItsNumberTheCountAndTheEntryVersion() {
        String longBody = "A line of measurement notes that fills the page.\n\n".repeat(160);

        byte[] pdf = printer.bytes(PrintedPdfs.entry(longBody, List.of()));

        int pages = PrintedPdfs.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        String text = PrintedPdfs.text(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " of " + pages + ", entry " + PrintedPdfs.ENTRY + " version 3");
        }
    }
}
