package lab.spectra.desktop.notebook.sign;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.eln.SignatureMeaning;

/** Binds the sign dialog. */
public final class SignDialogController {

    private final SignDialogViewModel model;

    @FXML
    Label title;

    @FXML
    Label version;

    @FXML
    TextArea excerpt;

    @FXML
    Label hash;

    @FXML
    ComboBox<SignatureMeaning> meaning;

    @FXML
    PasswordField password;

    @FXML
    Button sign;

    @FXML
    Label message;

    public SignDialogController(SignDialogViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        SigningRequest request = model.request();
        title.setText(request.title());
        version.setText("Version " + request.version());
        excerpt.setText(request.bodyExcerpt());
        hash.setText(request.contentSha256());
        meaning.getItems().setAll(model.meanings());
        Choices.show(meaning, SigningMeanings::label);
        meaning.valueProperty().bindBidirectional(model.meaning());
        sign.disableProperty().bind(model.busy().or(model.signed()));
        password.disableProperty().bind(model.signed());
        message.textProperty().bind(model.message());
    }

    @FXML
    void sign() {
        // The field's text is a String; take it once, hand over a char array, and clear the field.
        char[] typed = password.getText().toCharArray();
        password.clear();
        model.sign(typed);
    }
}
