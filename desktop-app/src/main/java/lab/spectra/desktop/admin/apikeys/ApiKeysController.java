package lab.spectra.desktop.admin.apikeys;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.instrument.Instrument;

/** Binds the API keys list, the form that makes one, the key shown once, and the revoke confirmation. */
public final class ApiKeysController {

    private final ApiKeysViewModel model;

    @FXML
    TableView<AdminClient.LabApiKey> table;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> name;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> prefix;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> scopes;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> created;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> expires;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> lastUsed;

    @FXML
    TableColumn<AdminClient.LabApiKey, String> state;

    @FXML
    TextField keyName;

    @FXML
    CheckBox resultsWrite;

    @FXML
    ComboBox<Instrument> instrument;

    @FXML
    CheckBox attachmentsWrite;

    @FXML
    CheckBox samplesRead;

    @FXML
    CheckBox runsRead;

    @FXML
    DatePicker expiresOn;

    @FXML
    Button create;

    @FXML
    VBox shownOnce;

    @FXML
    TextField createdKey;

    @FXML
    Button revoke;

    @FXML
    HBox confirmRevocation;

    @FXML
    Label confirmation;

    @FXML
    Label message;

    public ApiKeysController(ApiKeysViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.keys());
        Cells.text(name, AdminClient.LabApiKey::name);
        Cells.text(prefix, AdminClient.LabApiKey::prefix);
        Cells.text(scopes, model::scopesOf);
        Cells.text(created, ApiKeysViewModel::created);
        Cells.text(expires, key -> Times.format(key.expiresAt()));
        Cells.text(lastUsed, key -> key.lastUsedAt() == null ? "never" : Times.format(key.lastUsedAt()));
        Cells.text(state, model::state);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        keyName.textProperty().bindBidirectional(model.name());
        resultsWrite.selectedProperty().bindBidirectional(model.resultsWrite());
        attachmentsWrite.selectedProperty().bindBidirectional(model.attachmentsWrite());
        samplesRead.selectedProperty().bindBidirectional(model.samplesRead());
        runsRead.selectedProperty().bindBidirectional(model.runsRead());
        instrument.setItems(model.instruments());
        Choices.show(instrument, Instrument::name);
        instrument.valueProperty().bindBidirectional(model.instrument());
        instrument.disableProperty().bind(model.resultsWrite().not());
        expiresOn.valueProperty().bindBidirectional(model.expiresOn());
        create.disableProperty().bind(model.creatable().not());
        createdKey.textProperty().bind(model.createdKey());
        shownOnce.visibleProperty().bind(model.createdKey().isNotEmpty());
        shownOnce.managedProperty().bind(shownOnce.visibleProperty());
        revoke.disableProperty().bind(model.selected().isNull());
        confirmation.textProperty().bind(model.pendingRevocation().map(ApiKeysViewModel::confirmation));
        confirmRevocation.visibleProperty().bind(model.pendingRevocation().isNotNull());
        confirmRevocation.managedProperty().bind(confirmRevocation.visibleProperty());
        message.textProperty().bind(model.message());
    }

    @FXML
    void create() {
        model.create();
    }

    @FXML
    void copyKey() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.createdKey().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    void dismissKey() {
        model.dismissKey();
    }

    @FXML
    void askToRevoke() {
        model.askToRevoke();
    }

    @FXML
    void confirmRevoke() {
        model.confirmRevoke();
    }

    @FXML
    void cancelRevoke() {
        model.cancelRevoke();
    }

    @FXML
    void reload() {
        model.load();
    }
}
