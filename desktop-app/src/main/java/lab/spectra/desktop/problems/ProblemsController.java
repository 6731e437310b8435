package lab.spectra.desktop.problems;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Times;

/** Binds the sync problems list. */
public final class ProblemsController {

    private final ProblemsViewModel model;

    @FXML
    TableView<SyncProblem> table;

    @FXML
    TableColumn<SyncProblem, String> when;

    @FXML
    TableColumn<SyncProblem, String> change;

    @FXML
    TableColumn<SyncProblem, String> reason;

    @FXML
    TextArea details;

    @FXML
    Button acknowledge;

    @FXML
    Label message;

    public ProblemsController(ProblemsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.problems());
        Cells.text(when, problem -> Times.format(problem.decidedAt()));
        Cells.text(change, ProblemsViewModel::describe);
        Cells.text(reason, SyncProblem::message);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            model.selected().set(after);
            details.setText(after == null ? "" : ProblemsViewModel.details(after));
        });
        acknowledge.disableProperty().bind(model.selected().isNull());
        message.textProperty().bind(model.message());
    }

    @FXML
    void acknowledge() {
        model.acknowledge();
    }
}
