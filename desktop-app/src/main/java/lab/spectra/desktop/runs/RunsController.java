package lab.spectra.desktop.runs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;

/** Binds the runs screen; forms a role may not use are removed. */
public final class RunsController {

    private final RunsViewModel model;

    @FXML
    private TableView<RunRow> table;
    @FXML
    private TableColumn<RunRow, String> started;
    @FXML
    private TableColumn<RunRow, String> recipe;
    @FXML
    private TableColumn<RunRow, String> instrument;
    @FXML
    private TableColumn<RunRow, String> sample;
    @FXML
    private TableColumn<RunRow, String> operator;
    @FXML
    private TableColumn<RunRow, String> status;
    @FXML
    private VBox startForm;
    @FXML
    private ComboBox<Recipe> recipeChoice;
    @FXML
    private ComboBox<InstrumentLockout> instrumentChoice;
    @FXML
    private ComboBox<Sample> sampleChoice;
    @FXML
    private Label startBlocked;
    @FXML
    private Button start;
    @FXML
    private VBox resultForm;
    @FXML
    private TextField quantity;
    @FXML
    private TextField value;
    @FXML
    private TextField unit;
    @FXML
    private VBox closeForm;
    @FXML
    private TextField abortReason;
    @FXML
    private Button recordResult;
    @FXML
    private Button finish;
    @FXML
    private Button abort;
    @FXML
    private Label message;

    public RunsController(RunsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.runs());
        Cells.text(started, row -> Times.format(row.run().startedAt()));
        Cells.text(recipe, RunRow::recipe);
        Cells.text(instrument, RunRow::instrument);
        Cells.text(sample, RunRow::sample);
        Cells.text(operator, RunRow::operator);
        Cells.text(status, row -> row.run().status().name().toLowerCase()
                + (row.run().blockedReason() != null ? ": " + row.run().blockedReason() : ""));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                model.selectedRun().set(after));

        hideUnless(startForm, model.mayStart());
        hideUnless(resultForm, model.mayRecordResults());
        hideUnless(closeForm, model.mayFinishOrAbort());

        recipeChoice.setItems(model.approvedRecipes());
        Choices.show(recipeChoice, recipe -> recipe.name() + " (" + recipe.instrumentKind().displayName() + ")");
        recipeChoice.valueProperty().bindBidirectional(model.recipe());
        instrumentChoice.setItems(model.instruments());
        Choices.show(instrumentChoice, lockout -> lockout.instrument().name()
                + (lockout.locked() ? " — locked" : lockout.expiringSoon() ? " — calibration expires soon" : ""),
                lockout -> lockout.locked() ? "locked" : lockout.expiringSoon() ? "expiring" : null);
        instrumentChoice.valueProperty().bindBidirectional(model.instrument());
        sampleChoice.setItems(model.samples());
        Choices.show(sampleChoice, sample -> sample.name() + " · " + sample.barcode());
        sampleChoice.valueProperty().bindBidirectional(model.sample());
        startBlocked.textProperty().bind(model.startBlockedReason());
        start.disableProperty().bind(model.startBlockedReason().isNotEmpty());

        quantity.textProperty().bindBidirectional(model.quantity());
        value.textProperty().bindBidirectional(model.value());
        unit.textProperty().bindBidirectional(model.unit());
        abortReason.textProperty().bindBidirectional(model.abortReason());
        recordResult.disableProperty().bind(model.selectedRunIsRunning().not());
        finish.disableProperty().bind(model.selectedRunIsRunning().not());
        abort.disableProperty().bind(model.selectedRunIsRunning().not());
        message.textProperty().bind(model.message());
    }

    private static void hideUnless(VBox form, boolean allowed) {
        if (!allowed) {
            ((javafx.scene.layout.Pane) form.getParent()).getChildren().remove(form);
        }
    }

    @FXML
    private void start() {
        model.startRun();
    }

    @FXML
    private void recordResult() {
        model.recordResult();
    }

    @FXML
    private void finish() {
        model.finishRun();
    }

    @FXML
    private void abort() {
        model.abortRun();
    }
}
