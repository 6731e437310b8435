package lab.spectra.desktop.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the sign-in form to its view model. */
public final class LoginController {

    private final LoginViewModel model;

    @FXML
    TextField email;

    @FXML
    PasswordField password;

    @FXML
    Button signIn;

    @FXML
    Label error;

    @FXML
    VBox newPasswordForm;

    @FXML
    Label notice;

    @FXML
    PasswordField newPassword;

    @FXML
    PasswordField repeatedPassword;

    @FXML
    ProgressIndicator busy;

    @FXML
    Label progress;

    @FXML
    VBox demoAccounts;

    public LoginController(LoginViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        email.textProperty().bindBidirectional(model.email());
        password.textProperty().bindBidirectional(model.password());
        signIn.disableProperty().bind(model.canSignIn().not());
        newPassword.textProperty().bindBidirectional(model.newPassword());
        repeatedPassword.textProperty().bindBidirectional(model.repeatedPassword());
        newPasswordForm.visibleProperty().bind(model.choosingPassword());
        newPasswordForm.managedProperty().bind(newPasswordForm.visibleProperty());
        notice.textProperty().bind(model.notice());
        // Once a new password is asked for, the temporary one stays as typed.
        password.disableProperty().bind(model.choosingPassword());
        email.disableProperty().bind(model.choosingPassword());
        model.choosingPassword().addListener((observable, was, choosing) -> {
            if (choosing) {
                newPassword.requestFocus();
            }
        });
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        busy.visibleProperty().bind(model.busy());
        progress.textProperty().bind(model.progress());
        progress.visibleProperty().bind(model.busy());
        demoAccounts.setVisible(!model.demoAccounts().isEmpty());
        demoAccounts.setManaged(!model.demoAccounts().isEmpty());
        model.demoAccounts().forEach(account -> {
            Hyperlink link = new Hyperlink(account.role() + ": " + account.email() + " / " + account.password());
            link.setId("demo-" + account.email().substring(0, account.email().indexOf('@')));
            link.setOnAction(event -> model.useDemoAccount(account));
            demoAccounts.getChildren().add(link);
        });
    }

    @FXML
    void signIn() {
        model.signIn();
    }
}
