package lab.spectra.desktop.spc.setup;

import javafx.scene.Node;
import lab.spectra.desktop.ui.Views;

/** The series actions as a node for the SPC screen's actions slot. */
public final class SpcSeriesActions {

    private SpcSeriesActions() {}

    /** Builds the actions on the JavaFX thread; the forms read in the background when opened. */
    public static Node load(SpcSeriesActionsViewModel model) {
        return Views.load(new SpcSeriesActionsController(model));
    }
}
