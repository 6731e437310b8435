package lab.spectra.desktop.spc.alerts;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Times;

/** Binds the alerts pane; "Acknowledge…" and its form are removed for those who may not acknowledge. */
public final class SpcAlertsController {

    private final SpcAlertsViewModel model;

    @FXML
    CheckBox showAcknowledged;

    @FXML
    TableView<AlertLine> table;

    @FXML
    TableColumn<AlertLine, String> rule;

    @FXML
    TableColumn<AlertLine, String> sentence;

    @FXML
    TableColumn<AlertLine, String> series;

    @FXML
    TableColumn<AlertLine, String> run;

    @FXML
    TableColumn<AlertLine, String> pointTime;

    @FXML
    TableColumn<AlertLine, String> raisedAt;

    @FXML
    TableColumn<AlertLine, String> state;

    @FXML
    TableColumn<AlertLine, String> acknowledgement;

    @FXML
    Pane actions;

    @FXML
    Button open;

    @FXML
    VBox form;

    @FXML
    TextArea reason;

    @FXML
    Button acknowledge;

    @FXML
    Label message;

    public SpcAlertsController(SpcAlertsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        showAcknowledged.selectedProperty().bindBidirectional(model.showAcknowledged());
        table.setItems(model.alerts());
        table.setPlaceholder(new Label("No open alerts"));
        rule.setCellValueFactory(cell -> text(cell.getValue().ruleLabel()));
        sentence.setCellValueFactory(cell -> text(cell.getValue().sentence()));
        series.setCellValueFactory(cell -> text(cell.getValue().seriesName()));
        run.setCellValueFactory(cell -> text(cell.getValue().run()));
        pointTime.setCellValueFactory(cell -> text(Times.format(cell.getValue().pointTime())));
        raisedAt.setCellValueFactory(
                cell -> text(Times.format(cell.getValue().alert().raisedAt())));
        state.setCellValueFactory(cell -> text(state(cell.getValue())));
        acknowledgement.setCellValueFactory(cell -> text(acknowledgement(cell.getValue())));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        model.selected().addListener((observable, before, after) -> {
            if (after != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(after);
            }
        });
        if (!model.mayAcknowledge()) {
            // Each from where it sits: the button in the header, the form under the table.
            ((Pane) actions.getParent()).getChildren().remove(actions);
            ((Pane) form.getParent()).getChildren().remove(form);
        } else {
            form.visibleProperty().bind(model.acknowledging());
            form.managedProperty().bind(model.acknowledging());
            reason.textProperty().bindBidirectional(model.reason());
            open.disableProperty().bind(model.selected().isNull());
            acknowledge.disableProperty().bind(model.busy());
        }
        message.textProperty().bind(model.message());
    }

    @FXML
    void open() {
        model.startAcknowledging();
    }

    @FXML
    void acknowledge() {
        model.acknowledge();
    }

    @FXML
    void cancel() {
        model.cancel();
    }

    private static String state(AlertLine line) {
        String state = line.open() ? "open" : "acknowledged";
        return line.provisional() ? state + ", provisional" : state;
    }

    private static String acknowledgement(AlertLine line) {
        if (line.open()) {
            return "";
        }
        return (line.acknowledger() == null ? "someone" : line.acknowledger()) + ", "
                + Times.format(line.alert().acknowledgedAt()) + ": "
                + line.alert().acknowledgementReason();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
