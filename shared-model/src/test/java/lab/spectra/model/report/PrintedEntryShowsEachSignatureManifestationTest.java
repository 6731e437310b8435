package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lab.spectra.model.eln.SignatureMeaning;
import org.junit.jupiter.api.Test;

/** 21 CFR §11.50: printed name, date and time with time zone, and meaning, under the entry. */
class PrintedEntryShowsEachSignatureManifestationTest {

    private final EntryPdf printer = new EntryPdf();

    @Test
    void aValidSignatureShowsNameMeaningAndTimeWithItsZone() {
        String text =
                PrintedPdfs.text(printer.bytes(PrintedPdfs.entry("Body.", List.of(PrintedPdfs.authored("Tara Tech")))));

        assertThat(text)
                .contains("Tara Tech — Authored — signed 2026-11-29 10:45:12 UTC+01:00 (Europe/Berlin)")
                .contains("Countersigned by the lab's server on 2026-11-29 11:02:00 UTC+01:00 (Europe/Berlin)")
                .doesNotContain("VOID");
    }

    @Test
    void aVoidedSignatureIsMarkedVoidWithWhoWhenAndWhy() {
        PrintableSignature voided = new PrintableSignature(
                "Paula Investigator",
                SignatureMeaning.REVIEWED,
                Instant.parse("2026-11-29T11:00:00Z"),
                "aa".repeat(32),
                Instant.parse("2026-11-29T12:15:00Z"),
                "Tara Tech",
                "Entry changed after signing (edited by Tara Tech)",
                null);

        String text = PrintedPdfs.text(
                printer.bytes(PrintedPdfs.entry("Body.", List.of(PrintedPdfs.authored("Tara Tech"), voided))));

        assertThat(text)
                .contains("Paula Investigator — Reviewed — signed 2026-11-29 12:00:00 UTC+01:00 (Europe/Berlin)")
                .contains("VOID — voided 2026-11-29 13:15:00 UTC+01:00 (Europe/Berlin) by Tara Tech: Entry"
                        + " changed after signing (edited by Tara Tech)");
        assertThat(text.indexOf("VOID")).isGreaterThan(text.indexOf("Paula Investigator"));
    }

    @Test
    void anUnsignedEntrySaysSo() {
        String text = PrintedPdfs.text(printer.bytes(PrintedPdfs.entry("Body.", List.of())));

        assertThat(text).contains("This entry has not been signed.");
    }
}
