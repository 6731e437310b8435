package lab.spectra.model.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation fonts (SIL Open Font License) that OpenPDF ships as a jar, embedded into every
 * printout: the standard 14 PDF fonts have no Greek and few symbols, and a lab's text needs Ψ, Δ,
 * θ, µ, ±, Å and °. They come from the class path, never from the system: a server or a CI
 * machine may have no fonts installed at all.
 *
 * <p>The font files are read once; the PDF fonts made from them belong to one document each,
 * because a font object keeps the subset of glyphs that its document used.
 */
final class PrintFonts {

    private final byte[] sans;
    private final byte[] sansBold;
    private final byte[] sansItalic;
    private final byte[] sansBoldItalic;
    private final byte[] mono;

    PrintFonts() {
        sans = read("LiberationSans-Regular.ttf");
        sansBold = read("LiberationSans-Bold.ttf");
        sansItalic = read("LiberationSans-Italic.ttf");
        sansBoldItalic = read("LiberationSans-BoldItalic.ttf");
        mono = read("LiberationMono-Regular.ttf");
    }

    /** The fonts of one document. */
    Faces forOneDocument() {
        return new Faces(
                embedded("LiberationSans-Regular.ttf", sans),
                embedded("LiberationSans-Bold.ttf", sansBold),
                embedded("LiberationSans-Italic.ttf", sansItalic),
                embedded("LiberationSans-BoldItalic.ttf", sansBoldItalic),
                embedded("LiberationMono-Regular.ttf", mono));
    }

    /** The regular face alone, for text stamped onto finished pages (the page footers). */
    Font regular(float size, Color colour) {
        return new Font(embedded("LiberationSans-Regular.ttf", sans), size, Font.NORMAL, colour);
    }

    /** The faces of one document; {@link #font} picks one by style, size and colour. */
    record Faces(BaseFont sans, BaseFont sansBold, BaseFont sansItalic, BaseFont sansBoldItalic, BaseFont mono) {

        Font font(boolean bold, boolean italic, float size) {
            return new Font(face(bold, italic), size, Font.NORMAL, Color.BLACK);
        }

        Font font(boolean bold, boolean italic, float size, Color color) {
            return new Font(face(bold, italic), size, Font.NORMAL, color);
        }

        /**
         * A line break in these fonts: OpenPDF's own {@code Chunk.NEWLINE} is set in Helvetica,
         * which would put an unembedded standard font into the document.
         */
        Chunk newline() {
            return new Chunk("\n", font(false, false, 10f));
        }

        /**
         * An empty paragraph in these fonts: the space OpenPDF sets at a paragraph's end is in the
         * paragraph's own font, Helvetica unless told otherwise.
         */
        Paragraph paragraph() {
            Paragraph paragraph = new Paragraph();
            paragraph.setFont(font(false, false, 10f));
            return paragraph;
        }

        /** An empty list item in these fonts (see {@link #paragraph}). */
        ListItem listItem() {
            ListItem item = new ListItem();
            item.setFont(font(false, false, 10f));
            return item;
        }

        /** A horizontal rule across the column, as a chunk in these fonts (see {@link #newline}). */
        Chunk rule(float thickness, Color colour, float offset) {
            Chunk rule = new Chunk(new LineSeparator(thickness, 100f, colour, Element.ALIGN_CENTER, offset));
            rule.setFont(font(false, false, 10f));
            return rule;
        }

        Font mono(float size) {
            return new Font(mono, size, Font.NORMAL, Color.BLACK);
        }

        private BaseFont face(boolean bold, boolean italic) {
            if (bold && italic) {
                return sansBoldItalic;
            }
            if (bold) {
                return sansBold;
            }
            return italic ? sansItalic : sans;
        }
    }

    private static BaseFont embedded(String name, byte[] file) {
        try {
            // Identity-H: any Unicode character the font has; embedded as a subset with a ToUnicode map,
            // so the printed text can be searched and copied.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " cannot be read", e);
        }
    }

    private static byte[] read(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = PrintFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " cannot be read", e);
        }
    }
}
