package lab.spectra.desktop.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Keeps what a person reads whole in a window, whatever screen is shown in it: a button is never
 * narrower than its label (a text field or a list beside it gives way instead), a label that
 * wraps is never given fewer lines than its text needs (a table or list below it gives way), and
 * every table is fitted ({@link Tables#fit}). Applied after each layout to the nodes not yet seen, so screens
 * and tabs built later are covered without each screen having to ask.
 */
public final class ReadableLayouts {

    private static final String SEEN = "spectra.readable";

    private ReadableLayouts() {}

    public static void keep(Scene scene) {
        if (scene.getProperties().putIfAbsent(SEEN, Boolean.TRUE) != null) {
            return; // one listener per window, however often a screen is shown in it
        }
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getRoot() != null) {
                keepWhole(scene.getRoot());
            }
        });
    }

    private static void keepWhole(Node root) {
        for (Node node : root.lookupAll(".button")) {
            if (node instanceof ButtonBase && node.getProperties().putIfAbsent(SEEN, Boolean.TRUE) == null) {
                ButtonBase button = (ButtonBase) node;
                if (button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                    button.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Label && node.getProperties().putIfAbsent(SEEN, Boolean.TRUE) == null) {
                Label label = (Label) node;
                if (label.isWrapText() && label.getMinHeight() == Region.USE_COMPUTED_SIZE) {
                    label.setMinHeight(Region.USE_PREF_SIZE);
                }
            }
        }
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView) {
                Tables.fit((TableView<?>) node);
            }
        }
    }
}
