package lab.spectra.desktop.firstrun;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds the first-start choice to its view model. */
public final class FirstRunController {

    private final FirstRunViewModel model;

    @FXML
    TextField labName;

    @FXML
    TextField adminName;

    @FXML
    TextField adminEmail;

    @FXML
    PasswordField password;

    @FXML
    PasswordField repeatedPassword;

    @FXML
    Button setUp;

    @FXML
    Button exploreDemo;

    @FXML
    Label message;

    @FXML
    ProgressIndicator busy;

    public FirstRunController(FirstRunViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        labName.textProperty().bindBidirectional(model.labName());
        adminName.textProperty().bindBidirectional(model.adminName());
        adminEmail.textProperty().bindBidirectional(model.adminEmail());
        password.textProperty().bindBidirectional(model.password());
        repeatedPassword.textProperty().bindBidirectional(model.repeatedPassword());
        setUp.disableProperty().bind(model.canSetUp().not());
        exploreDemo.disableProperty().bind(model.busy());
        message.textProperty().bind(model.message());
        busy.visibleProperty().bind(model.busy());
    }

    @FXML
    void setUp() {
        model.setUpLab();
    }

    @FXML
    void exploreDemo() {
        model.exploreDemo();
    }
}
