package lab.spectra.model.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lab.spectra.model.eln.SignatureMeaning;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads printed PDFs back with PDFBox, a second implementation, and makes entries to print. */
final class PrintedPdfs {

    static final UUID ENTRY = UUID.fromString("0b6f3c2e-55a0-4d7b-9a51-3f1d8e2c7a10");
    static final String CONTENT_SHA256 = "3f0c1e2d4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private PrintedPdfs() {}

    /**
     * The text of every page as a reader would copy it, with line breaks and runs of spaces made
     * single spaces (where a line wraps depends on the font's widths). The text comes in the order
     * it was drawn: a list's numbers before its items, a boxed block after the page's paragraphs.
     */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font of every character drawn on the pages, with whether the PDF carries its glyphs. */
    static Set<String> fontsOfTheText(byte[] pdf) {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        PDFont font = position.getFont();
                        // A subset's name is prefixed with six letters and a plus sign: ABCDEF+Name.
                        String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                        fonts.add(name + (font.isEmbedded() ? " embedded" : " not embedded"));
                    }
                }
            };
            stripper.getText(document);
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrintableEntry entry(String body, List<PrintableSignature> signatures) {
        return new PrintableEntry(
                "Lumen Spectroscopy",
                ENTRY,
                "Raman baseline of sample S-0042",
                body,
                3,
                "Tara Tech",
                Instant.parse("2026-11-28T08:00:00Z"),
                Instant.parse("2026-11-29T09:30:00Z"),
                List.of(new PrintableLink(
                        "Sample", "S-0042 quartz wafer", UUID.fromString("5d1b6a3e-8f4c-4e2a-9b7d-1c2e3f4a5b6c"))),
                signatures,
                CONTENT_SHA256,
                BERLIN,
                Instant.parse("2026-11-30T10:00:00Z"),
                "Paula Investigator");
    }

    static PrintableSignature authored(String name) {
        return new PrintableSignature(
                name,
                SignatureMeaning.AUTHORED,
                Instant.parse("2026-11-29T09:45:12Z"),
                CONTENT_SHA256,
                null,
                null,
                null,
                Instant.parse("2026-11-29T10:02:00Z"));
    }
}
