package lab.spectra.desktop.admin.workstations;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.ui.Cells;

/** Binds the workstations list and the revoke form. */
public final class WorkstationsController {

    private final WorkstationsViewModel model;

    @FXML
    TableView<AdminClient.LabWorkstation> table;

    @FXML
    TableColumn<AdminClient.LabWorkstation, String> name;

    @FXML
    TableColumn<AdminClient.LabWorkstation, String> lastContact;

    @FXML
    TableColumn<AdminClient.LabWorkstation, String> people;

    @FXML
    TableColumn<AdminClient.LabWorkstation, String> state;

    @FXML
    TextField reason;

    @FXML
    Button revoke;

    @FXML
    Label message;

    public WorkstationsController(WorkstationsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.workstations());
        Cells.text(name, AdminClient.LabWorkstation::name);
        Cells.text(lastContact, WorkstationsViewModel::lastContact);
        Cells.text(people, WorkstationsViewModel::people);
        Cells.text(state, WorkstationsViewModel::state);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        reason.textProperty().bindBidirectional(model.reason());
        revoke.disableProperty().bind(model.revokable().not());
        message.textProperty().bind(model.message());
    }

    @FXML
    void revoke() {
        model.revoke();
    }

    @FXML
    void reload() {
        model.load();
    }
}
