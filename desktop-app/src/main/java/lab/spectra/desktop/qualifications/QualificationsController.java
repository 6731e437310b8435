package lab.spectra.desktop.qualifications;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.sop.Sop;

/** Binds the Qualifications screen. */
public final class QualificationsController {

    private final QualificationsViewModel model;

    @FXML
    TableView<QualificationRow> table;

    @FXML
    TableColumn<QualificationRow, String> person;

    @FXML
    TableColumn<QualificationRow, String> scope;

    @FXML
    TableColumn<QualificationRow, String> sop;

    @FXML
    TableColumn<QualificationRow, String> qualified;

    @FXML
    TableColumn<QualificationRow, String> expires;

    @FXML
    TableColumn<QualificationRow, String> state;

    @FXML
    VBox manageForms;

    @FXML
    ComboBox<UserAccount> newPerson;

    @FXML
    ComboBox<InstrumentKind> newKind;

    @FXML
    TextField newRecipe;

    @FXML
    ComboBox<Sop> newSop;

    @FXML
    DatePicker newQualifiedOn;

    @FXML
    DatePicker newExpiresOn;

    @FXML
    Button record;

    @FXML
    TextField reason;

    @FXML
    Button revoke;

    @FXML
    Label message;

    public QualificationsController(QualificationsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.rows());
        Cells.text(person, QualificationRow::person);
        Cells.text(scope, row -> row.qualification().scope());
        Cells.text(sop, QualificationRow::sop);
        Cells.text(qualified, row -> QualificationRow.date(row.qualification().qualifiedAt()));
        Cells.text(expires, row -> QualificationRow.date(row.qualification().expiresAt()));
        Cells.text(state, QualificationRow::state);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));

        if (!model.mayManage()) {
            // What the role may not do is not shown at all.
            ((Pane) manageForms.getParent()).getChildren().remove(manageForms);
        }
        newPerson.setItems(model.people());
        Choices.show(newPerson, UserAccount::displayName);
        newPerson.valueProperty().bindBidirectional(model.person());
        newKind.getItems().setAll(model.kinds());
        Choices.show(newKind, InstrumentKind::displayName);
        newKind.valueProperty().bindBidirectional(model.kind());
        newRecipe.textProperty().bindBidirectional(model.recipeName());
        newSop.setItems(model.sops());
        Choices.show(newSop, Sop::label);
        newSop.valueProperty().bindBidirectional(model.sop());
        newQualifiedOn.valueProperty().bindBidirectional(model.qualifiedOn());
        newExpiresOn.valueProperty().bindBidirectional(model.expiresOn());
        reason.textProperty().bindBidirectional(model.revocationReason());
        revoke.disableProperty().bind(model.selected().isNull());
        message.textProperty().bind(model.message());
    }

    @FXML
    void record() {
        model.record();
    }

    @FXML
    void revoke() {
        model.revoke();
    }
}
