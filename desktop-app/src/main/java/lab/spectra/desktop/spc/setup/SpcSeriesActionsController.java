package lab.spectra.desktop.spc.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Views;

/** Binds the series actions: buttons for what the person may do, and the form of the one chosen. */
public final class SpcSeriesActionsController {

    private final SpcSeriesActionsViewModel model;

    @FXML
    Pane buttons;

    @FXML
    Button newSeries;

    @FXML
    Button edit;

    @FXML
    Button freeze;

    @FXML
    Button change;

    @FXML
    VBox formSlot;

    public SpcSeriesActionsController(SpcSeriesActionsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        if (!model.mayCreate()) {
            buttons.getChildren().remove(newSeries);
        }
        if (!model.mayEdit()) {
            buttons.getChildren().remove(edit);
        }
        if (!model.mayFreeze()) {
            buttons.getChildren().removeAll(freeze, change);
        }
        for (Button needsASeries : new Button[] {edit, freeze, change}) {
            needsASeries.disableProperty().bind(model.series().isNull());
        }
        model.series().addListener((observable, before, after) -> closeForm());
    }

    @FXML
    void newSeries() {
        show(Views.load(new NewSeriesController(model.newSeries(), this::closeForm)));
    }

    @FXML
    void edit() {
        show(Views.load(new EditSeriesController(model.edit(), this::closeForm)));
    }

    @FXML
    void freeze() {
        show(Views.load(new FreezeLimitsController(model.freeze(false), this::closeForm)));
    }

    @FXML
    void change() {
        show(Views.load(new FreezeLimitsController(model.freeze(true), this::closeForm)));
    }

    private void show(Parent form) {
        formSlot.getChildren().setAll(form);
    }

    private void closeForm() {
        formSlot.getChildren().clear();
    }
}
