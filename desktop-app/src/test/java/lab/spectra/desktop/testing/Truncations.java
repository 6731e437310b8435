package lab.spectra.desktop.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * What a person cannot read in full on a laid-out scene: a label, button, tab or column header
 * whose skin shows less than its text (JavaFX has no truncation flag, so the text the skin laid
 * out is compared with the control's own), and a control pushed past the window's edge. A table
 * cell may be cut when its tooltip carries the whole value. Call on the JavaFX thread.
 */
public final class Truncations {

    /** Pixels a control may reach past the window's edge before it counts as cut off. */
    private static final double SLACK = 2;

    private Truncations() {}

    public static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, boolean scrolled, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled) {
            Labeled labeled = (Labeled) node;
            if (cut(labeled) && !explainedByTooltip(labeled)) {
                found.add(describe(labeled) + " shows \"" + shown(labeled) + "\"");
            }
            if (!scrolled && pastTheEdge(labeled, scene)) {
                found.add(describe(labeled) + " reaches past the window's edge");
            }
        }
        if (node instanceof Parent) {
            boolean inside = scrolled
                    || node instanceof ScrollPane
                    || node.getStyleClass().contains("virtual-flow");
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                visit(child, scene, inside, found);
            }
        }
    }

    private static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        String shown = shown(labeled);
        if (shown == null) {
            return false; // not skinned yet: nothing laid out to compare
        }
        return !squeezed(shown).equals(squeezed(expected(labeled)));
    }

    /** The text the skin laid out, or null when the control has no text node (yet). */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text) {
                return ((Text) child).getText();
            }
        }
        return null;
    }

    /** The text without its mnemonic marker: "_Save" is laid out as "Save". */
    private static String expected(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isMnemonicParsing()) {
            return text;
        }
        int marker = text.indexOf('_');
        return marker >= 0 && marker + 1 < text.length()
                ? text.substring(0, marker) + text.substring(marker + 1)
                : text;
    }

    /** Wrapping may turn a space into a line break; neither is a lost character. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static boolean explainedByTooltip(Labeled labeled) {
        if (!(labeled instanceof TableCell)) {
            return false;
        }
        Tooltip tooltip = labeled.getTooltip();
        return tooltip != null && tooltip.getText() != null && tooltip.getText().contains(labeled.getText());
    }

    private static boolean pastTheEdge(Node node, Scene scene) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getWidth() > 0
                && (bounds.getMaxX() > scene.getWidth() + SLACK || bounds.getMaxY() > scene.getHeight() + SLACK);
    }

    private static String describe(Labeled labeled) {
        String kind = labeled.getClass().getSimpleName().isEmpty()
                ? "control"
                : labeled.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return kind + (labeled.getId() == null ? "" : " #" + labeled.getId()) + " \"" + labeled.getText() + "\"";
    }
}
