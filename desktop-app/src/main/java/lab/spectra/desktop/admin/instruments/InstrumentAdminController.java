package lab.spectra.desktop.admin.instruments;

import java.io.File;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.MaintenanceTask;

/** Binds Administration > Instruments; forms for actions the person may not take are removed. */
public final class InstrumentAdminController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final InstrumentAdminViewModel model;

    @FXML
    TableView<InstrumentAdminRow> table;

    @FXML
    TableColumn<InstrumentAdminRow, String> name;

    @FXML
    TableColumn<InstrumentAdminRow, String> kind;

    @FXML
    TableColumn<InstrumentAdminRow, String> place;

    @FXML
    TableColumn<InstrumentAdminRow, String> status;

    @FXML
    TableColumn<InstrumentAdminRow, String> nextMaintenance;

    @FXML
    TableColumn<InstrumentAdminRow, String> requalification;

    @FXML
    Region detailsForm;

    @FXML
    TextField nameField;

    @FXML
    ComboBox<InstrumentKind> kindField;

    @FXML
    TextField serialField;

    @FXML
    TextField locationField;

    @FXML
    TextField runLimitField;

    @FXML
    Button registerButton;

    @FXML
    Button saveButton;

    @FXML
    Region statusForm;

    @FXML
    ComboBox<InstrumentStatus> statusField;

    @FXML
    TextField reasonField;

    @FXML
    Region maintenanceForm;

    @FXML
    ListView<MaintenanceTask> planList;

    @FXML
    TextField doneField;

    @FXML
    Region planForm;

    @FXML
    TextField taskNameField;

    @FXML
    TextField taskIntervalField;

    @FXML
    DatePicker taskDueField;

    @FXML
    Region calibrationForm;

    @FXML
    TextField certificateField;

    @FXML
    DatePicker issuedField;

    @FXML
    DatePicker expiresField;

    @FXML
    Label fileLabel;

    @FXML
    Region requalificationForm;

    @FXML
    TextField summaryField;

    @FXML
    Label message;

    public InstrumentAdminController(InstrumentAdminViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.instruments());
        table.setPlaceholder(new Label("No instruments on record"));
        Cells.text(name, row -> row.lockout().instrument().name());
        Cells.text(kind, row -> row.lockout().instrument().kind().displayName());
        Cells.text(place, row -> orEmpty(row.lockout().instrument().location()));
        Cells.text(status, InstrumentAdminRow::status);
        Cells.text(nextMaintenance, InstrumentAdminController::nextMaintenance);
        Cells.text(requalification, InstrumentAdminRow::requalification);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> {
            if (after != null && !after.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(after);
            }
        });

        if (model.mayRegister() || model.mayEdit()) {
            nameField.textProperty().bindBidirectional(model.name());
            kindField.getItems().setAll(InstrumentKind.values());
            kindField.setConverter(named(InstrumentKind::displayName));
            kindField.valueProperty().bindBidirectional(model.kind());
            serialField.textProperty().bindBidirectional(model.serialNumber());
            locationField.textProperty().bindBidirectional(model.location());
            runLimitField.textProperty().bindBidirectional(model.runLimit());
            if (!model.mayRegister()) {
                remove(registerButton);
            }
            if (!model.mayEdit()) {
                remove(saveButton);
            }
        } else {
            remove(detailsForm);
        }
        if (model.mayChangeStatus()) {
            statusField.getItems().setAll(model.settableStatuses());
            statusField.setConverter(named(InstrumentStatus::inWords));
            statusField.valueProperty().bindBidirectional(model.status());
            reasonField.textProperty().bindBidirectional(model.statusReason());
        } else {
            remove(statusForm);
        }
        if (model.mayRecordMaintenance()) {
            planList.setItems(model.plan());
            planList.setPlaceholder(new Label("No planned tasks"));
            planList.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(MaintenanceTask task, boolean empty) {
                    super.updateItem(task, empty);
                    setText(empty || task == null ? null : describe(task));
                }
            });
            planList.getSelectionModel()
                    .selectedItemProperty()
                    .addListener((observable, before, after) ->
                            model.maintenanceTask().set(after));
            doneField.textProperty().bindBidirectional(model.maintenanceDone());
        } else {
            remove(maintenanceForm);
        }
        if (model.mayPlanMaintenance()) {
            taskNameField.textProperty().bindBidirectional(model.taskName());
            taskIntervalField.textProperty().bindBidirectional(model.taskIntervalDays());
            taskDueField.valueProperty().bindBidirectional(model.taskFirstDue());
        } else {
            remove(planForm);
        }
        if (model.mayRecordCalibration()) {
            certificateField.textProperty().bindBidirectional(model.certificateNumber());
            issuedField.valueProperty().bindBidirectional(model.issuedOn());
            expiresField.valueProperty().bindBidirectional(model.expiresOn());
            model.certificateFile()
                    .addListener((observable, before, after) -> fileLabel.setText(
                            after == null
                                    ? "No file chosen"
                                    : after.getFileName().toString()));
            fileLabel.setText("No file chosen");
        } else {
            remove(calibrationForm);
        }
        if (model.mayRecordRequalification()) {
            summaryField.textProperty().bindBidirectional(model.requalificationSummary());
        } else {
            remove(requalificationForm);
        }
        message.textProperty().bind(model.message());
        model.load();
    }

    private static String nextMaintenance(InstrumentAdminRow row) {
        MaintenanceTask task = row.nextMaintenance();
        return task == null ? "No plan" : DATE.format(task.nextDueAt()) + " · " + task.name();
    }

    private static String describe(MaintenanceTask task) {
        return task.name() + " · every " + task.intervalDays() + " days · due " + DATE.format(task.nextDueAt());
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void remove(javafx.scene.Node node) {
        ((Pane) node.getParent()).getChildren().remove(node);
    }

    @FXML
    void register() {
        model.register();
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void changeStatus() {
        model.changeStatus();
    }

    @FXML
    void planTask() {
        model.planTask();
    }

    @FXML
    void recordMaintenance() {
        model.recordMaintenance();
    }

    @FXML
    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The calibration certificate's file");
        File chosen = chooser.showOpenDialog(table.getScene().getWindow());
        if (chosen != null) {
            model.certificateFile().set(chosen.toPath());
        }
    }

    @FXML
    void recordCalibration() {
        model.recordCalibration();
    }

    @FXML
    void recordRequalification() {
        model.recordRequalification();
    }
}
