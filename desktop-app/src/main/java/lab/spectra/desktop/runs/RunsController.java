package lab.spectra.desktop.runs;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.runs.data.DataFileChooser;
import lab.spectra.desktop.runs.data.RunDataController;
import lab.spectra.desktop.runs.data.RunDataViewModel;
import lab.spectra.desktop.runs.report.ReportFileChooser;
import lab.spectra.desktop.runs.report.RunReportViewModel;
import lab.spectra.desktop.runs.review.RunReviewController;
import lab.spectra.desktop.runs.review.RunReviewViewModel;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Times;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;

/** Binds the runs screen; forms a role may not use are removed. */
public final class RunsController {

    private final RunsViewModel model;
    /** The selected run's data tab; absent where a test shows the forms alone. */
    private final Optional<RunDataController> data;
    /** The selected run's review card; absent without a review model and for roles that do not review. */
    private final Optional<RunReviewController> review;

    private final FormValidation startValidation = new FormValidation();
    private final FormValidation resultValidation = new FormValidation();

    @FXML
    TableView<RunRow> table;

    @FXML
    Label listSummary;

    @FXML
    TableColumn<RunRow, String> started;

    @FXML
    TableColumn<RunRow, String> recipe;

    @FXML
    TableColumn<RunRow, String> instrument;

    @FXML
    TableColumn<RunRow, String> sample;

    @FXML
    TableColumn<RunRow, String> operator;

    @FXML
    TableColumn<RunRow, String> status;

    @FXML
    VBox startForm;

    @FXML
    ComboBox<Recipe> recipeChoice;

    /** "Start a run": Alt+A puts the keyboard in the form's first field. */
    @FXML
    Label startTitle;

    @FXML
    ComboBox<InstrumentLockout> instrumentChoice;

    @FXML
    TextField sampleSearch;

    @FXML
    ComboBox<Sample> sampleChoice;

    @FXML
    Label startBlocked;

    @FXML
    Button start;

    @FXML
    VBox resultForm;

    @FXML
    TextField quantity;

    @FXML
    TextField value;

    @FXML
    TextField unit;

    @FXML
    VBox closeForm;

    @FXML
    TextField abortReason;

    @FXML
    Button recordResult;

    @FXML
    Button finish;

    @FXML
    Button abort;

    @FXML
    Label message;

    @FXML
    VBox dataPane;

    @FXML
    VBox reviewPane;

    /** The runs and their forms, without the data tab. */
    public RunsController(RunsViewModel model) {
        this.model = model;
        this.data = Optional.empty();
        this.review = Optional.empty();
    }

    /** The runs, their forms, and the selected run's data: files, results, chart and report. */
    public RunsController(
            RunsViewModel model,
            RunDataViewModel data,
            DataFileChooser chooser,
            RunReportViewModel report,
            ReportFileChooser reportChooser) {
        this(model, data, chooser, report, reportChooser, Optional.empty());
    }

    /** The runs, their forms, the selected run's data, and its review card for those who review runs. */
    public RunsController(
            RunsViewModel model,
            RunDataViewModel data,
            DataFileChooser chooser,
            RunReportViewModel report,
            ReportFileChooser reportChooser,
            RunReviewViewModel review) {
        this(model, data, chooser, report, reportChooser, Optional.of(review));
    }

    private RunsController(
            RunsViewModel model,
            RunDataViewModel data,
            DataFileChooser chooser,
            RunReportViewModel report,
            ReportFileChooser reportChooser,
            Optional<RunReviewViewModel> review) {
        this.model = model;
        this.data = Optional.of(new RunDataController(data, chooser, report, reportChooser));
        Optional<RunReviewViewModel> reviewing = review.filter(RunReviewViewModel::mayReview);
        this.review = reviewing.map(RunReviewController::new);
        model.selectedRun().addListener((observable, before, after) -> {
            data.run().set(after == null ? null : after.run());
            reviewing.ifPresent(card -> card.run().set(after == null ? null : after.run()));
        });
    }

    @FXML
    void initialize() {
        table.setItems(model.runs());
        Cells.text(started, row -> Times.format(row.run().startedAt()));
        Cells.text(recipe, RunRow::recipeVersion);
        Cells.text(instrument, RunRow::instrument);
        Cells.text(sample, RunRow::sample);
        Cells.text(operator, RunRow::operator);
        Cells.text(
                status,
                row -> row.run().status().name().toLowerCase(Locale.ROOT)
                        + (row.run().blockedReason() != null ? ": " + row.run().blockedReason() : ""));
        listSummary.textProperty().bind(model.listSummary());
        // The list is read a window at a time: showing its last row asks for the next window.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RunRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item != null && getIndex() == view.getItems().size() - 1) {
                    Platform.runLater(model::loadMore);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selectedRun()
                .set(after));
        // A run opened from another screen is selected and scrolled to.
        model.selectedRun().addListener((observable, before, after) -> {
            if (after != null && after != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(after);
                table.scrollTo(after);
            }
        });

        data.ifPresentOrElse(
                tab -> dataPane.getChildren().setAll(Views.load(tab)),
                () -> ((Pane) dataPane.getParent()).getChildren().remove(dataPane));
        review.ifPresentOrElse(
                card -> reviewPane.getChildren().setAll(Views.load(card)),
                () -> ((Pane) reviewPane.getParent()).getChildren().remove(reviewPane));

        hideUnless(startForm, model.mayStart());
        hideUnless(resultForm, model.mayRecordResults());
        hideUnless(closeForm, model.mayFinishOrAbort());

        recipeChoice.setItems(model.approvedRecipes());
        startTitle.setLabelFor(recipeChoice);
        Choices.show(
                recipeChoice,
                recipe -> recipe.name() + " (" + recipe.instrumentKind().displayName() + ")");
        recipeChoice.valueProperty().bindBidirectional(model.recipe());
        instrumentChoice.setItems(model.instruments());
        Choices.show(
                instrumentChoice,
                lockout -> lockout.instrument().name()
                        + (lockout.locked()
                                ? " — locked"
                                : lockout.expiringSoon() ? " — calibration expires soon" : ""),
                lockout -> lockout.locked() ? "locked" : lockout.expiringSoon() ? "expiring" : null);
        instrumentChoice.valueProperty().bindBidirectional(model.instrument());
        sampleSearch.textProperty().bindBidirectional(model.sampleSearch());
        sampleSearch.setOnAction(event -> model.searchSamplesNow());
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

        if (model.mayStart()) {
            startValidation
                    .required(recipeChoice, RunForms.RECIPE)
                    .required(instrumentChoice, (InstrumentLockout lockout) -> RunForms.instrumentFor(
                                    recipeChoice.getValue())
                            .problemWith(lockout))
                    .required(sampleChoice, RunForms.SAMPLE)
                    .recheckWhen(recipeChoice.valueProperty(), instrumentChoice);
        }
        if (model.mayRecordResults()) {
            resultValidation
                    .required(quantity, RunForms.QUANTITY)
                    .required(value, RunForms.VALUE)
                    .required(unit, RunForms.UNIT);
        }
    }

    /** What the Start a run form says about its fields. */
    FormValidation startValidation() {
        return startValidation;
    }

    /** What the Record a result form says about its fields. */
    FormValidation resultValidation() {
        return resultValidation;
    }

    private static void hideUnless(VBox form, boolean allowed) {
        if (!allowed) {
            ((Pane) form.getParent()).getChildren().remove(form);
        }
    }

    @FXML
    void start() {
        model.startRun();
    }

    @FXML
    void recordResult() {
        model.recordResult();
    }

    @FXML
    void finish() {
        model.finishRun();
    }

    @FXML
    void abort() {
        model.abortRun();
    }
}
