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
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * What every printed record shares, so a notebook entry and a run report look and read alike: the
 * A4 page with its margins, section headings under a rule, times with their zone spelt out, the
 * manifestation of a signature (21 CFR §11.50), and the footer "Page n of m, …" stamped onto every
 * page once the number of pages is known.
 */
final class PrintedPages {

    static final float MARGIN = 56f;
    static final float FOOTER_HEIGHT = 36f;
    static final Color MUTED = new Color(0x55, 0x5d, 0x68);
    static final Color VOID_RED = new Color(0xa4, 0x1e, 0x1e);
    static final Color RULE = new Color(0xc4, 0xc9, 0xd0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private PrintedPages() {}

    /** An A4 document with room at the foot of each page for the footer stamped later. */
    static Document a4() {
        return new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_HEIGHT);
    }

    static void add(Document document, Element element) {
        document.add(element);
    }

    static void section(Document document, String name, PrintFonts.Faces faces) {
        rule(document, faces);
        Paragraph heading = new Paragraph(name, faces.font(true, false, 12f));
        heading.setSpacingAfter(4f);
        add(document, heading);
    }

    /**
     * A section heading that starts a new page when less than {@code room} points are left on this
     * one, so a heading never stands alone at the foot of a page with its content on the next.
     */
    static void section(Document document, PdfWriter writer, String name, PrintFonts.Faces faces, float room) {
        if (writer.getVerticalPosition(false) - document.bottom() < room) {
            document.newPage();
        }
        section(document, name, faces);
    }

    static void rule(Document document, PrintFonts.Faces faces) {
        add(document, new Paragraph(faces.rule(0.5f, RULE, -4f)));
    }

    /** Each signature's manifestation in turn, or {@code unsigned} in italics when there is none. */
    static void signatures(
            Document document,
            List<PrintableSignature> signatures,
            ZoneId zone,
            String unsigned,
            PrintFonts.Faces faces) {
        if (signatures.isEmpty()) {
            add(document, new Paragraph(unsigned, faces.font(false, true, 10f, MUTED)));
            return;
        }
        for (PrintableSignature signature : signatures) {
            manifestation(signature, zone, faces).forEach(line -> add(document, line));
        }
    }

    /**
     * One signature as §11.50 wants it printed, a line each: who, meaning and when; the server's
     * countersignature; the content it covers. A voided signature stays readable but struck
     * through, followed by the word VOID and who voided it, when and why.
     */
    static List<Paragraph> manifestation(PrintableSignature signature, ZoneId zone, PrintFonts.Faces faces) {
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
        if (signature.decision() != null) {
            lines.add(new Paragraph("Decision: " + signature.decision(), plain));
        }
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

    /**
     * Copies the finished pages to {@code out} with "Page n of m, {@code record}" at the foot of
     * every page, so a loose page names its record.
     */
    static void numberPages(PrintFonts fonts, byte[] pages, String record, OutputStream out) throws IOException {
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
                        new Phrase("Page " + page + " of " + total + ", " + record, footer),
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

    static String meaning(SignatureMeaning meaning) {
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
