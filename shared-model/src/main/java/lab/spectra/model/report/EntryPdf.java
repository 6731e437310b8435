package lab.spectra.model.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Prints a notebook entry as a PDF record: a header with the entry's identity and version, the
 * text rendered from Markdown, its links, the manifestation of every signature (21 CFR §11.50:
 * printed name, date and time with time zone, meaning; a voided one struck through and marked
 * VOID with who voided it, when and why), and a verification block with the content hash the
 * signatures cover and the hash of the record data printed ({@link PrintedRecordHash}). Every
 * page ends in "Page n of m, entry &lt;id&gt; version &lt;v&gt;", so a loose page names its record.
 *
 * <p>All text is set in embedded Unicode fonts ({@link PrintFonts}). One instance serves any
 * number of printouts, also at the same time.
 */
public final class EntryPdf {

    private final PrintFonts fonts;

    public EntryPdf() {
        this.fonts = new PrintFonts();
    }

    /** Writes the entry's PDF to {@code out}; the stream is left open. */
    public void write(PrintableEntry entry, OutputStream out) {
        try {
            byte[] pages = pages(entry);
            PrintedPages.numberPages(fonts, pages, "entry " + entry.entryId() + " version " + entry.version(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of entry " + entry.entryId() + " could not be written", e);
        }
    }

    /** The entry's PDF as bytes. */
    public byte[] bytes(PrintableEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(entry, out);
        return out.toByteArray();
    }

    private byte[] pages(PrintableEntry entry) {
        PrintFonts.Faces faces = fonts.forOneDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PrintedPages.a4();
        PdfWriter.getInstance(document, out);
        document.addTitle(entry.title());
        document.addAuthor(entry.authorName());
        document.addSubject("Notebook entry " + entry.entryId() + " version " + entry.version());
        document.addCreator("SPECTRA-Lab");
        document.open();
        try {
            header(document, entry, faces);
            new MarkdownPdf(faces).render(entry.bodyMarkdown()).forEach(element -> add(document, element));
            links(document, entry, faces);
            signatures(document, entry, faces);
            verification(document, entry, faces);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void header(Document document, PrintableEntry entry, PrintFonts.Faces faces) {
        add(
                document,
                new Paragraph(
                        entry.organizationName() + " \u2014 Lab notebook",
                        faces.font(false, false, 9f, PrintedPages.MUTED)));
        Paragraph title = new Paragraph(entry.title(), faces.font(true, false, 18f));
        title.setSpacingBefore(4f);
        title.setSpacingAfter(4f);
        add(document, title);
        Font meta = faces.font(false, false, 9f, PrintedPages.MUTED);
        add(document, new Paragraph("Entry " + entry.entryId() + ", version " + entry.version(), meta));
        add(
                document,
                new Paragraph(
                        "Written by " + entry.authorName() + " on " + time(entry.createdAt(), entry.timeZone())
                                + "; last changed " + time(entry.updatedAt(), entry.timeZone()),
                        meta));
        rule(document, faces);
    }

    private static void links(Document document, PrintableEntry entry, PrintFonts.Faces faces) {
        section(document, "Links", faces);
        if (entry.links().isEmpty()) {
            add(
                    document,
                    new Paragraph(
                            "This entry links to no other record.", faces.font(false, true, 10f, PrintedPages.MUTED)));
            return;
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12f);
        list.setListSymbol(new Chunk("\u2022", faces.font(false, false, 10f)));
        for (PrintableLink link : entry.links()) {
            com.lowagie.text.ListItem item = faces.listItem();
            item.add(new Chunk(link.kind() + " ", faces.font(true, false, 10f)));
            item.add(new Chunk(link.label(), faces.font(false, false, 10f)));
            if (!link.label().equals(link.id().toString())) {
                item.add(new Chunk("  " + link.id(), faces.mono(8f)));
            }
            list.add(item);
        }
        add(document, list);
    }

    private static void signatures(Document document, PrintableEntry entry, PrintFonts.Faces faces) {
        section(document, "Signatures", faces);
        PrintedPages.signatures(
                document, entry.signatures(), entry.timeZone(), "This entry has not been signed.", faces);
    }

    /*
     * Blocks are a paragraph per line rather than one paragraph kept together: OpenPDF keeps a
     * paragraph together by setting it in a table, which spaces its lines apart and draws them after
     * the rest of the page, out of reading order for anyone copying the text.
     */
    private static void verification(Document document, PrintableEntry entry, PrintFonts.Faces faces) {
        section(document, "Verification", faces);
        Font label = faces.font(false, false, 9.5f);
        Font hash = faces.mono(8.5f);
        add(document, new Paragraph("Content SHA-256 (what the signatures cover, spectra-eln-entry-v1):", label));
        add(document, new Paragraph(entry.contentSha256(), hash));
        Paragraph record =
                new Paragraph("Record SHA-256 (the data printed here, " + PrintedRecordHash.FORMAT + "):", label);
        record.setSpacingBefore(4f);
        add(document, record);
        add(document, new Paragraph(PrintedRecordHash.sha256(entry), hash));
        Paragraph printed = new Paragraph(
                "Printed by " + entry.printedBy() + " on " + time(entry.printedAt(), entry.timeZone()),
                faces.font(false, false, 9f, PrintedPages.MUTED));
        printed.setSpacingBefore(6f);
        add(document, printed);
    }

    private static void section(Document document, String name, PrintFonts.Faces faces) {
        PrintedPages.section(document, name, faces);
    }

    private static void rule(Document document, PrintFonts.Faces faces) {
        PrintedPages.rule(document, faces);
    }

    private static void add(Document document, Element element) {
        PrintedPages.add(document, element);
    }

    private static String time(Instant instant, ZoneId zone) {
        return PrintedPages.time(instant, zone);
    }
}
