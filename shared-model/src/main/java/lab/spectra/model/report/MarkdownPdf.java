package lab.spectra.model.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * An entry's Markdown as PDF elements: headings, paragraphs, emphasis, lists (nested, bulleted or
 * numbered), code, block quotes and rules. Raw HTML is printed as the text it is, never
 * interpreted; an image is named by its description (attachments are printed separately).
 */
final class MarkdownPdf {

    static final float BODY_SIZE = 10.5f;
    private static final float[] HEADING_SIZES = {16f, 14f, 12.5f, 11.5f, 11f, 10.5f};
    private static final Color QUOTE_RULE = new Color(0x9a, 0xa4, 0xb0);
    private static final Color CODE_BACKGROUND = new Color(0xf2, 0xf3, 0xf5);
    private static final Color LINK_COLOUR = new Color(0x1f, 0x4e, 0x9a);

    /** Inline style while walking emphasis, strong emphasis and links. */
    private record Style(boolean bold, boolean italic, boolean link) {}

    private final Parser parser = Parser.builder().build();
    private final PrintFonts.Faces faces;

    MarkdownPdf(PrintFonts.Faces faces) {
        this.faces = faces;
    }

    List<Element> render(String markdown) {
        return blocks(parser.parse(markdown), false);
    }

    private List<Element> blocks(Node parent, boolean italic) {
        List<Element> elements = new ArrayList<>();
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            elements.addAll(block(block, italic));
        }
        return elements;
    }

    private List<Element> block(Node block, boolean italic) {
        if (block instanceof Heading heading) {
            float size = HEADING_SIZES[Math.min(heading.getLevel(), HEADING_SIZES.length) - 1];
            com.lowagie.text.Paragraph paragraph = faces.paragraph();
            inlines(heading, new Style(true, italic, false), size, paragraph);
            paragraph.setSpacingBefore(size * 0.6f);
            paragraph.setSpacingAfter(4f);
            return List.of(paragraph);
        }
        if (block instanceof Paragraph) {
            return List.of(paragraph(block, italic));
        }
        if (block instanceof ListBlock list) {
            return List.of(list(list, italic));
        }
        if (block instanceof FencedCodeBlock code) {
            return List.of(codeBlock(code.getLiteral()));
        }
        if (block instanceof IndentedCodeBlock code) {
            return List.of(codeBlock(code.getLiteral()));
        }
        if (block instanceof HtmlBlock html) {
            return List.of(codeBlock(html.getLiteral()));
        }
        if (block instanceof BlockQuote) {
            return List.of(blockQuote(block));
        }
        if (block instanceof ThematicBreak) {
            com.lowagie.text.Paragraph rule = new com.lowagie.text.Paragraph(faces.rule(0.5f, QUOTE_RULE, -2f));
            rule.setSpacingAfter(6f);
            return List.of(rule);
        }
        // Anything else a parser extension might add: its text, so nothing written is lost.
        return blocks(block, italic);
    }

    private com.lowagie.text.Paragraph paragraph(Node block, boolean italic) {
        com.lowagie.text.Paragraph paragraph = faces.paragraph();
        paragraph.setLeading(BODY_SIZE * 1.35f);
        inlines(block, new Style(false, italic, false), BODY_SIZE, paragraph);
        paragraph.setSpacingAfter(6f);
        return paragraph;
    }

    private com.lowagie.text.List list(ListBlock block, boolean italic) {
        boolean numbered = block instanceof OrderedList;
        com.lowagie.text.List list = new com.lowagie.text.List(numbered, 16f);
        // The symbol's font is also the font of the numbers of a numbered list.
        Font symbolFont = faces.font(false, italic, BODY_SIZE);
        if (numbered) {
            Integer start = ((OrderedList) block).getMarkerStartNumber();
            list.setFirst(start == null ? 1 : start);
            list.setListSymbol(new Chunk("", symbolFont));
            list.setPostSymbol(". ");
        } else {
            list.setListSymbol(new Chunk("\u2022", symbolFont));
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                addItem(list, item, italic);
            }
        }
        return list;
    }

    /**
     * A list item's paragraphs become one item, line after line; a list inside it follows as a
     * nested, further indented list.
     */
    private void addItem(com.lowagie.text.List list, Node item, boolean italic) {
        com.lowagie.text.ListItem printed = faces.listItem();
        printed.setLeading(BODY_SIZE * 1.35f);
        List<com.lowagie.text.List> nested = new ArrayList<>();
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock inner) {
                nested.add(list(inner, italic));
                continue;
            }
            if (!first) {
                printed.add(faces.newline());
            }
            first = false;
            if (child instanceof FencedCodeBlock code) {
                printed.add(new Chunk(stripTrailingNewline(code.getLiteral()), faces.mono(BODY_SIZE - 1)));
            } else if (child instanceof IndentedCodeBlock code) {
                printed.add(new Chunk(stripTrailingNewline(code.getLiteral()), faces.mono(BODY_SIZE - 1)));
            } else {
                inlines(child, new Style(false, italic, false), BODY_SIZE, printed);
            }
        }
        list.add(printed);
        nested.forEach(list::add);
    }

    private PdfPTable codeBlock(String literal) {
        com.lowagie.text.Paragraph code = faces.paragraph();
        code.setLeading((BODY_SIZE - 1) * 1.3f);
        code.add(new Chunk(stripTrailingNewline(literal), faces.mono(BODY_SIZE - 1)));
        PdfPCell cell = new PdfPCell();
        cell.addElement(code);
        cell.setBackgroundColor(CODE_BACKGROUND);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(6f);
        return boxed(cell);
    }

    private PdfPTable blockQuote(Node quote) {
        PdfPCell cell = new PdfPCell();
        blocks(quote, true).forEach(cell::addElement);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2f);
        cell.setBorderColorLeft(QUOTE_RULE);
        cell.setPaddingLeft(10f);
        cell.setPaddingTop(0f);
        return boxed(cell);
    }

    private static PdfPTable boxed(PdfPCell cell) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(8f);
        table.addCell(cell);
        return table;
    }

    private void inlines(Node parent, Style style, float size, Phrase target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, style, size, target);
        }
    }

    private void inline(Node node, Style style, float size, Phrase target) {
        if (node instanceof Text text) {
            target.add(new Chunk(text.getLiteral(), font(style, size)));
        } else if (node instanceof Code code) {
            target.add(new Chunk(code.getLiteral(), faces.mono(size - 0.5f)));
        } else if (node instanceof Emphasis) {
            inlines(node, new Style(style.bold(), true, style.link()), size, target);
        } else if (node instanceof StrongEmphasis) {
            inlines(node, new Style(true, style.italic(), style.link()), size, target);
        } else if (node instanceof Link link) {
            inlines(node, new Style(style.bold(), style.italic(), true), size, target);
            String destination = link.getDestination();
            if (destination != null
                    && !destination.isBlank()
                    && !plainText(link).equals(destination)) {
                target.add(new Chunk(" (" + destination + ")", faces.font(false, false, size - 1.5f, LINK_COLOUR)));
            }
        } else if (node instanceof Image image) {
            target.add(new Chunk("[image: " + plainText(image) + "]", font(new Style(false, true, false), size)));
        } else if (node instanceof SoftLineBreak) {
            target.add(new Chunk(" ", font(style, size)));
        } else if (node instanceof HardLineBreak) {
            target.add(new Chunk("\n", font(style, size)));
        } else if (node instanceof HtmlInline html) {
            target.add(new Chunk(html.getLiteral(), faces.mono(size - 0.5f)));
        } else {
            inlines(node, style, size, target);
        }
    }

    private Font font(Style style, float size) {
        return style.link()
                ? faces.font(style.bold(), style.italic(), size, LINK_COLOUR)
                : faces.font(style.bold(), style.italic(), size);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private static String stripTrailingNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
