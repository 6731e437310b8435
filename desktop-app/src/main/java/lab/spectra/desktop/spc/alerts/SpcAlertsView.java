package lab.spectra.desktop.spc.alerts;

import javafx.scene.Node;
import lab.spectra.desktop.ui.Views;

/** The alerts pane as a node for the SPC screen's alerts slot. */
public final class SpcAlertsView {

    private SpcAlertsView() {}

    /** Builds the pane on the JavaFX thread; it reads its alerts in the background. */
    public static Node load(SpcAlertsViewModel model) {
        return Views.load(new SpcAlertsController(model));
    }
}
