package lab.spectra.desktop.notebook;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown rendered to JavaFX nodes (no WebView): headings, paragraphs with emphasis and code,
 * lists, code blocks, block quotes, tables, and links. Links to the lab's records
 * ({@link RecordLink}) become hyperlinks that open them; other links are shown as text with their
 * address, because the bench does not open a web browser from a lab record. Raw HTML is shown as
 * text, never interpreted.
 */
public final class MarkdownView {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private final RecordLink.Opener opener;

    public MarkdownView(RecordLink.Opener opener) {
        this.opener = opener;
    }

    /** The rendered document: a VBox with one child per block. */
    public VBox render(String markdown) {
        VBox document = new VBox(8);
        document.getStyleClass().add("markdown");
        blocks(PARSER.parse(markdown == null ? "" : markdown), document);
        return document;
    }

    private void blocks(org.commonmark.node.Node parent, VBox into) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node rendered = block(block);
            if (rendered != null) {
                into.getChildren().add(rendered);
            }
        }
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading heading) {
            TextFlow flow = inlines(heading, Style.PLAIN);
            flow.getStyleClass().addAll("md-heading", "md-h" + heading.getLevel());
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            TextFlow flow = inlines(paragraph, Style.PLAIN);
            flow.getStyleClass().add("md-paragraph");
            return flow;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof FencedCodeBlock fenced) {
            return codeBlock(fenced.getLiteral());
        }
        if (block instanceof IndentedCodeBlock indented) {
            return codeBlock(indented.getLiteral());
        }
        if (block instanceof HtmlBlock html) {
            return codeBlock(html.getLiteral());
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("md-quote");
            blocks(block, quote);
            return quote;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        if (block instanceof TableBlock) {
            return table(block);
        }
        // Anything else (link reference definitions, ...) has nothing to show by itself.
        return null;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox items = new VBox(4);
        items.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            marker.setMinWidth(22);
            VBox content = new VBox(4);
            blocks(item, content);
            HBox row = new HBox(4, marker, content);
            row.getStyleClass().add("md-list-item");
            items.getChildren().add(row);
        }
        return items;
    }

    private static Node codeBlock(String literal) {
        Text code = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("md-code");
        TextFlow flow = new TextFlow(code);
        flow.getStyleClass().add("md-code-block");
        return flow;
    }

    private Node table(org.commonmark.node.Node table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setHgap(12);
        grid.setVgap(4);
        int rowIndex = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int column = 0;
                for (org.commonmark.node.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    boolean header = cell instanceof TableCell tableCell && tableCell.isHeader();
                    grid.add(inlines(cell, header ? Style.BOLD : Style.PLAIN), column++, rowIndex);
                }
                rowIndex++;
            }
        }
        return grid;
    }

    /** How the text inside emphasis is set; nested emphasis adds up. */
    private record Style(boolean bold, boolean italic, boolean code) {
        static final Style PLAIN = new Style(false, false, false);
        static final Style BOLD = new Style(true, false, false);

        List<String> classes() {
            return List.of(bold ? "md-bold" : "", italic ? "md-italic" : "", code ? "md-code" : "").stream()
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
    }

    private TextFlow inlines(org.commonmark.node.Node parent, Style style) {
        TextFlow flow = new TextFlow();
        inlinesInto(parent, style, flow);
        return flow;
    }

    private void inlinesInto(org.commonmark.node.Node parent, Style style, TextFlow flow) {
        for (org.commonmark.node.Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(text(text.getLiteral(), style));
            } else if (inline instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), new Style(style.bold(), style.italic(), true)));
            } else if (inline instanceof Emphasis) {
                inlinesInto(inline, new Style(style.bold(), true, style.code()), flow);
            } else if (inline instanceof StrongEmphasis) {
                inlinesInto(inline, new Style(true, style.italic(), style.code()), flow);
            } else if (inline instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", style));
            } else if (inline instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", style));
            } else if (inline instanceof Link link) {
                flow.getChildren().addAll(link(link, style));
            } else if (inline instanceof HtmlInline html) {
                flow.getChildren().add(text(html.getLiteral(), style));
            } else {
                // Images and anything unknown: their text, so nothing written is lost from view.
                inlinesInto(inline, style, flow);
            }
        }
    }

    private List<Node> link(Link link, Style style) {
        String label = plainText(link);
        if (label.isBlank()) {
            label = link.getDestination();
        }
        var target = RecordLink.parse(link.getDestination());
        if (target.isPresent()) {
            Hyperlink hyperlink = new Hyperlink(label);
            hyperlink.getStyleClass().add("md-record-link");
            hyperlink.setUserData(target.get());
            hyperlink.setOnAction(event -> opener.open(target.get()));
            return List.of(hyperlink);
        }
        return List.of(text(label + " <" + link.getDestination() + ">", style));
    }

    private static String plainText(org.commonmark.node.Node parent) {
        StringBuilder text = new StringBuilder();
        for (org.commonmark.node.Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (inline instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(inline));
            }
        }
        return text.toString();
    }

    private static Text text(String literal, Style style) {
        Text text = new Text(literal);
        text.getStyleClass().addAll(style.classes());
        return text;
    }
}
