package lab.spectra.desktop.admin.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.model.org.OrganizationSettings.Field;

/** Binds the settings form: one marked text field per setting. */
public final class SettingsController {

    private final SettingsViewModel model;
    private final FormValidation form = new FormValidation();

    @FXML
    GridPane fields;

    @FXML
    Button save;

    @FXML
    Label message;

    public SettingsController(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        int row = 0;
        for (Field field : Field.values()) {
            TextField input = new TextField();
            input.setId("setting-" + field.wireName().replace('_', '-').toLowerCase(Locale.ROOT));
            input.setPrefColumnCount(6);
            input.textProperty().bindBidirectional(model.field(field));
            form.required(input, SettingsForm.rule(field));
            fields.addRow(row++, new Label(SettingsForm.label(field)), input);
        }
        message.textProperty().bind(model.message());
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void reload() {
        model.load();
    }
}
