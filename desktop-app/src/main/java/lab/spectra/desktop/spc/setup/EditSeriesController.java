package lab.spectra.desktop.spc.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.spc.RuleNumbering;

/** Binds the "Edit…" form of a series. */
public final class EditSeriesController {

    private final EditSeriesViewModel model;
    private final Runnable close;

    @FXML
    Label version;

    @FXML
    TextField name;

    @FXML
    ComboBox<RuleNumbering> numbering;

    @FXML
    VBox rules;

    @FXML
    CheckBox critical;

    @FXML
    TextField lowerSpec;

    @FXML
    TextField upperSpec;

    @FXML
    TextArea reason;

    @FXML
    Button save;

    @FXML
    Label message;

    /** @param close removes the form from the screen */
    public EditSeriesController(EditSeriesViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    void initialize() {
        version.textProperty().bind(model.version());
        name.textProperty().bindBidirectional(model.name());
        numbering.getItems().setAll(RuleNumbering.values());
        Choices.show(numbering, SeriesForms::numberingName);
        numbering.valueProperty().bindBidirectional(model.rules().numbering());
        RuleCheckBoxes.fill(rules, model.rules());
        critical.selectedProperty().bindBidirectional(model.critical());
        lowerSpec.textProperty().bindBidirectional(model.lowerSpecLimit());
        upperSpec.textProperty().bindBidirectional(model.upperSpecLimit());
        reason.textProperty().bindBidirectional(model.reason());
        save.disableProperty().bind(model.busy().or(model.series().isNull()));
        message.textProperty().bind(model.message());
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void close() {
        close.run();
    }
}
