package lab.spectra.model.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.model.eln.SignatureMeaning;

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

    private static final float MARGIN = 56f;
    private static final float FOOTER_HEIGHT = 36f;
    private static final Color MUTED = new Color(0x55, 0x5d, 0x68);
    private static final Color VOID_RED = new Color(0xa4, 0x1e, 0x1e);
    private static final Color RULE = new Color(0xc4, 0xc9, 0xd0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private final PrintFonts fonts;

    public EntryPdf() {
        this.fonts = new PrintFonts();
    }

    /** Writes the entry's PDF to {@code out}; the stream is left open. */
    public void write(PrintableEntry entry, OutputStream out) {
        try {
            byte[] pages = pages(entry);
            numberPages(entry, pages, out);
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
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_HEIGHT);
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
                new Paragraph(entry.organizationName() + " \u2014 Lab notebook", faces.font(false, false, 9f, MUTED)));
        Paragraph title = new Paragraph(entry.title(), faces.font(true, false, 18f));
        title.setSpacingBefore(4f);
        title.setSpacingAfter(4f);
        add(document, title);
        Font meta = faces.font(false, false, 9f, MUTED);
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
            add(document, new Paragraph("This entry links to no other record.", faces.font(false, true, 10f, MUTED)));
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
        if (entry.signatures().isEmpty()) {
            add(document, new Paragraph("This entry has not been signed.", faces.font(false, true, 10f, MUTED)));
            return;
        }
        for (PrintableSignature signature : entry.signatures()) {
            manifestation(signature, entry.timeZone(), faces).forEach(line -> add(document, line));
        }
    }

    /**
     * One signature as §11.50 wants it printed, a line each: who, meaning and when; the server's
     * countersignature; the content it covers. A voided signature stays readable but struck
     * through, followed by the word VOID and who voided it, when and why.
     */
    private static List<Paragraph> manifestation(PrintableSignature signature, ZoneId zone, PrintFonts.Faces faces) {
        int strike = signature.voided() ? Font.STRIKETHRU : Font.NORMAL;
        Color colour = signature.voided() ? MUTED : Color.BLACK;
        Font name = faces.font(true, false, 10.5f, colour);
        Font plain = faces.font(false, false, 10.5f, colour);
        name.setStyle(strike);
        plain.setStyle(strike);
        List<Paragraph> lines = new ArrayList<>();
        Paragraph signed = faces.paragraph();
        signed.add(new Chunk(signature.printedName(), name));
        signed.add(new Chunk(
                " \u2014 " + meaning(signature.meaning()) + " \u2014 signed " + time(signature.signedAt(), zone),
                plain));
        lines.add(signed);
        Font detail = faces.font(false, false, 9f, MUTED);
        if (signature.countersignedAt() != null) {
            lines.add(new Paragraph(
                    "Countersigned by the lab's server on " + time(signature.countersignedAt(), zone), detail));
        }
        if (signature.signedContentSha256() != null) {
            lines.add(new Paragraph("Signed content SHA-256 " + signature.signedContentSha256(), faces.mono(7.5f)));
        }
        if (signature.voided()) {
            Paragraph voided = faces.paragraph();
            voided.add(new Chunk("VOID", faces.font(true, false, 10f, VOID_RED)));
            StringBuilder why = new StringBuilder(" \u2014 voided " + time(signature.voidedAt(), zone));
            if (signature.voidedBy() != null) {
                why.append(" by ").append(signature.voidedBy());
            }
            if (signature.voidReason() != null) {
                why.append(": ").append(signature.voidReason());
            }
            voided.add(new Chunk(why.toString(), faces.font(false, false, 10f, VOID_RED)));
            lines.add(voided);
        }
        lines.get(lines.size() - 1).setSpacingAfter(8f);
        return lines;
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
                faces.font(false, false, 9f, MUTED));
        printed.setSpacingBefore(6f);
        add(document, printed);
    }

    private static void section(Document document, String name, PrintFonts.Faces faces) {
        rule(document, faces);
        Paragraph heading = new Paragraph(name, faces.font(true, false, 12f));
        heading.setSpacingAfter(4f);
        add(document, heading);
    }

    private static void rule(Document document, PrintFonts.Faces faces) {
        add(document, new Paragraph(faces.rule(0.5f, RULE, -4f)));
    }

    /** Stamps "Page n of m, entry … version …" at the foot of every page, now that m is known. */
    private void numberPages(PrintableEntry entry, byte[] pages, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pages);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            Font footer = fonts.regular(8.5f, MUTED);
            int total = reader.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                Rectangle size = reader.getPageSize(page);
                ColumnText.showTextAligned(
                        stamper.getOverContent(page),
                        Element.ALIGN_CENTER,
                        new Phrase(
                                "Page " + page + " of " + total + ", entry " + entry.entryId() + " version "
                                        + entry.version(),
                                footer),
                        (size.getLeft() + size.getRight()) / 2,
                        size.getBottom() + MARGIN / 2 + 6f,
                        0);
            }
            stamper.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            reader.close();
        }
    }

    private static void add(Document document, Element element) {
        document.add(element);
    }

    private static String meaning(SignatureMeaning meaning) {
        String word = meaning.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A time with its zone spelt out: offset, and the zone's name where it has one. */
    static String time(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        String offset = local.getOffset().equals(ZoneOffset.UTC)
                ? "UTC"
                : "UTC" + local.getOffset().getId();
        return TIME.format(local) + " " + offset + (zone instanceof ZoneOffset ? "" : " (" + zone.getId() + ")");
    }
}
