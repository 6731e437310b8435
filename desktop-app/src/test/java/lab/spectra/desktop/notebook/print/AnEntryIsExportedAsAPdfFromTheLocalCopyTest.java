package lab.spectra.desktop.notebook.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.testing.Lab;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a server: the bench prints an entry from its H2 copy into the file the person chose. */
class AnEntryIsExportedAsAPdfFromTheLocalCopyTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final EntryPrinter printer = new EntryPrinter(
            new PrintableEntryQueries(copy),
            new EntryPdf(),
            Clock.fixed(Lab.NOW.plus(Duration.ofDays(1)), ZoneId.of("America/New_York")),
            () -> "Pia Investigator");

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        copy.close();
    }

    private ElnEntry entry(String body) {
        ElnEntry entry = new ElnEntry(
                Ids.newId(),
                lab.organizationId,
                "XRD of GaN film",
                body,
                lab.technician.userId(),
                List.of(lab.engineer.userId()),
                List.of(lab.sample.id()),
                List.of(),
                Lab.NOW,
                Lab.NOW.plusSeconds(600),
                null,
                2);
        copy.put(entry);
        // Written, then edited once: the history holds versions 1 and 2.
        copy.put(ElnEntryVersion.of(entry, 1, lab.technician.userId(), Lab.NOW));
        copy.put(ElnEntryVersion.of(entry, 2, lab.engineer.userId(), Lab.NOW.plusSeconds(600)));
        return entry;
    }

    private Signature signature(ElnEntry entry, String name, SignatureMeaning meaning, boolean voided) {
        Signature signature = new Signature(
                Ids.newId(),
                lab.organizationId,
                ElnEntry.RECORD_TABLE,
                entry.id(),
                lab.technician.userId(),
                name,
                meaning,
                SignedContent.sha256(entry),
                Lab.NOW.plusSeconds(60),
                null,
                null,
                Lab.NOW.plusSeconds(60),
                1);
        return voided
                ? signature.voided(
                        Lab.NOW.plusSeconds(600),
                        lab.engineer.userId(),
                        "Entry changed after signing (edited by Eli Engineer)")
                : signature;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theFileHoldsTheEntryItsSampleItsSignaturesAndItsHashInTheBenchesTimeZone() throws IOException {
        ElnEntry entry = entry("Rocking curve: Δω = 0.21°, θ-2θ peak at 34.56°; µ-strain ±0.02 %.");
        copy.put(signature(entry, "Tess Technician", SignatureMeaning.AUTHORED, true));

        Path written = printer.export(entry.id(), folder.resolve("xrd.pdf"));

        assertThat(written).isEqualTo(folder.resolve("xrd.pdf").toAbsolutePath());
        String text = text(written);
        assertThat(text)
                .contains("XRD of GaN film", "Δω = 0.21°, θ-2θ peak at 34.56°; µ-strain ±0.02 %.")
                .contains("Written by Tess Technician")
                .contains("Sample " + lab.sample.name() + " (" + lab.sample.barcode() + ")")
                .contains("Tess Technician — Authored — signed 2026-03-10 05:01:00 UTC-04:00 (America/New_York)")
                .contains("VOID — voided 2026-03-10 05:10:00 UTC-04:00 (America/New_York)")
                .contains("Entry changed after signing (edited by Eli Engineer)")
                .contains(SignedContent.sha256(entry))
                .contains("Printed by Pia Investigator")
                .contains("Page 1 of 1, entry " + entry.id() + " version 2");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void anEntryThisBenchDoesNotHaveIsRefusedAndNoFileIsWritten() throws IOException {
        UUID unknown = Ids.newId();

        assertThatThrownBy(() -> printer.export(unknown, folder.resolve("missing.pdf")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("is not on this workstation");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
