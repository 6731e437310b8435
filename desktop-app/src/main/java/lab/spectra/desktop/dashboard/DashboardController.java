package lab.spectra.desktop.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.shell.Section;

/** Binds the dashboard; its counters lead to the screens behind them. */
public final class DashboardController {

    private final DashboardViewModel model;
    private final ObjectProperty<Section> section;

    @FXML
    Label greeting;

    @FXML
    ListView<String> myRuns;

    @FXML
    ListView<InstrumentLockout> instruments;

    @FXML
    Label pending;

    @FXML
    Region spcAlertsCard;

    @FXML
    Label spcAlertCount;

    @FXML
    ListView<String> spcAlerts;

    @FXML
    Label problems;

    public DashboardController(DashboardViewModel model, ObjectProperty<Section> section) {
        this.model = model;
        this.section = section;
    }

    @FXML
    void initialize() {
        greeting.setText(model.greeting());
        myRuns.setItems(model.myRuns());
        myRuns.setPlaceholder(new Label("No open runs"));
        instruments.setItems(model.instruments());
        instruments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(InstrumentLockout item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("locked", "expiring");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText((item.locked() ? "LOCKED  " : "") + item.instrument().name() + " — " + item.message());
                if (item.locked()) {
                    getStyleClass().add("locked");
                } else if (item.expiringSoon()) {
                    getStyleClass().add("expiring");
                }
            }
        });
        // Shown only while there is something to acknowledge.
        spcAlertsCard.visibleProperty().bind(model.openSpcAlertCount().greaterThan(0));
        spcAlertsCard.managedProperty().bind(spcAlertsCard.visibleProperty());
        spcAlertCount
                .textProperty()
                .bind(model.openSpcAlertCount()
                        .map(count -> count.intValue() == 1
                                ? "1 alert waits for acknowledgement"
                                : count + " alerts wait for acknowledgement"));
        spcAlerts.setItems(model.openSpcAlerts());
        pending.textProperty()
                .bind(model.pending()
                        .map(count -> count.intValue() == 0
                                ? "No changes waiting to be sent"
                                : count.intValue() == 1
                                        ? "1 change waiting to be sent"
                                        : count + " changes waiting to be sent"));
        problems.textProperty()
                .bind(model.problems()
                        .map(count -> count.intValue() == 0
                                ? "No sync problems"
                                : count.intValue() == 1 ? "1 sync problem" : count + " sync problems"));
        // A count is red only when there is something to look at; zero is neutral.
        model.problems().subscribe(count -> {
            problems.getStyleClass().remove("danger-text");
            if (count.intValue() > 0) {
                problems.getStyleClass().add("danger-text");
            }
        });
        problems.setOnMouseClicked(event -> section.set(Section.PROBLEMS));
    }

    @FXML
    void openRuns() {
        section.set(Section.RUNS);
    }
}
