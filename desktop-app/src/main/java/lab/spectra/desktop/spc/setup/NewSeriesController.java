package lab.spectra.desktop.spc.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.spc.setup.SetupChoices.InstrumentChoice;
import lab.spectra.desktop.spc.setup.SetupChoices.MaterialChoice;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.RuleNumbering;

/** Binds the "New series…" form. */
public final class NewSeriesController {

    private final NewSeriesViewModel model;
    private final Runnable close;

    @FXML
    TextField name;

    @FXML
    ComboBox<InstrumentChoice> instrument;

    @FXML
    ComboBox<String> recipe;

    @FXML
    ComboBox<String> quantity;

    @FXML
    TextField unit;

    @FXML
    ComboBox<MaterialChoice> material;

    @FXML
    ComboBox<ChartType> chart;

    @FXML
    TextField subgroup;

    @FXML
    TextField baseline;

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
    Button create;

    @FXML
    Label message;

    /** @param close removes the form from the screen */
    public NewSeriesController(NewSeriesViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    void initialize() {
        name.textProperty().bindBidirectional(model.name());
        instrument.setItems(model.instruments());
        Choices.show(instrument, choice -> choice.name() + " (" + choice.kind().displayName() + ")");
        instrument.valueProperty().bindBidirectional(model.instrument());
        recipe.setItems(model.recipeNames());
        recipe.valueProperty().bindBidirectional(model.recipeName());
        quantity.setItems(model.quantityNames());
        quantity.getEditor().textProperty().bindBidirectional(model.quantity());
        quantity.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.quantity().set(after);
            }
        });
        unit.textProperty().bindBidirectional(model.unit());
        material.setItems(model.materials());
        Choices.show(material, MaterialChoice::name);
        material.valueProperty().bindBidirectional(model.material());
        chart.getItems().setAll(model.chartTypes());
        Choices.show(chart, ChartType::label);
        chart.valueProperty().bindBidirectional(model.chartType());
        subgroup.textProperty().bindBidirectional(model.subgroupSize());
        subgroup.disableProperty().bind(model.chartType().isEqualTo(ChartType.INDIVIDUALS_MOVING_RANGE));
        baseline.textProperty().bindBidirectional(model.baselineSize());
        numbering.getItems().setAll(RuleNumbering.values());
        Choices.show(numbering, SeriesForms::numberingName);
        numbering.valueProperty().bindBidirectional(model.rules().numbering());
        RuleCheckBoxes.fill(rules, model.rules());
        critical.selectedProperty().bindBidirectional(model.critical());
        lowerSpec.textProperty().bindBidirectional(model.lowerSpecLimit());
        upperSpec.textProperty().bindBidirectional(model.upperSpecLimit());
        create.disableProperty().bind(model.busy().or(model.created()));
        message.textProperty().bind(model.message());
        model.load();
    }

    @FXML
    void create() {
        model.create();
    }

    @FXML
    void close() {
        close.run();
    }
}
