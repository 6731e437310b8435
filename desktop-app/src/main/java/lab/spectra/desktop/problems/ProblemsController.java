package lab.spectra.desktop.problems;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.ui.Times;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.ui.Cells;

/** Binds the sync problems list. */
public final class ProblemsController {

    private final ProblemsViewModel model;

    @FXML
    private TableView<SyncProblem> table;
    @FXML
    private TableColumn<SyncProblem, String> when;
    @FXML
    private TableColumn<SyncProblem, String> change;
    @FXML
    private TableColumn<SyncProblem, String> reason;
    @FXML
    private TextArea details;
    @FXML
    private Button acknowledge;
    @FXML
    private Label message;

    public ProblemsController(ProblemsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
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
    private void acknowledge() {
        model.acknowledge();
    }
}
