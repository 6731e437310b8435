package lab.spectra.desktop.login;

import javafx.collections.ListChangeListener;
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

    @FXML
    Button signInWithProvider;

    @FXML
    Button cancelProviderSignIn;

    @FXML
    VBox passphraseForm;

    @FXML
    Label passphraseNotice;

    @FXML
    PasswordField passphrase;

    @FXML
    VBox repeatedPassphraseForm;

    @FXML
    PasswordField repeatedPassphrase;

    @FXML
    VBox passwordForm;

    @FXML
    Hyperlink forgotPassphrase;

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
        signInWithProvider.textProperty().bind(model.providerButton());
        signInWithProvider
                .visibleProperty()
                .bind(model.providerButton()
                        .isNotEmpty()
                        .and(model.askingPassphrase().not()));
        signInWithProvider.managedProperty().bind(signInWithProvider.visibleProperty());
        signInWithProvider.disableProperty().bind(model.busy());
        cancelProviderSignIn.visibleProperty().bind(model.waitingForProvider());
        cancelProviderSignIn.managedProperty().bind(cancelProviderSignIn.visibleProperty());
        passphraseForm.visibleProperty().bind(model.askingPassphrase());
        passphraseForm.managedProperty().bind(passphraseForm.visibleProperty());
        passwordForm.visibleProperty().bind(model.askingPassphrase().not());
        passwordForm.managedProperty().bind(passwordForm.visibleProperty());
        passphraseNotice.textProperty().bind(model.passphraseNotice());
        passphrase.textProperty().bindBidirectional(model.passphrase());
        repeatedPassphrase.textProperty().bindBidirectional(model.repeatedPassphrase());
        repeatedPassphraseForm.visibleProperty().bind(model.choosingPassphrase());
        repeatedPassphraseForm.managedProperty().bind(repeatedPassphraseForm.visibleProperty());
        forgotPassphrase.visibleProperty().bind(model.choosingPassphrase().not());
        forgotPassphrase.managedProperty().bind(forgotPassphrase.visibleProperty());
        model.askingPassphrase().addListener((observable, was, asking) -> {
            if (asking) {
                passphrase.requestFocus();
            }
        });
        // The built-in server's accounts arrive once it has started; the window is up before that.
        listDemoAccounts();
        model.demoAccounts().addListener((ListChangeListener<DemoAccount>) change -> listDemoAccounts());
    }

    private void listDemoAccounts() {
        demoAccounts.setVisible(!model.demoAccounts().isEmpty());
        demoAccounts.setManaged(!model.demoAccounts().isEmpty());
        demoAccounts.getChildren().removeIf(Hyperlink.class::isInstance);
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

    @FXML
    void signInWithProvider() {
        model.signInWithProvider();
    }

    @FXML
    void cancelProviderSignIn() {
        model.cancelProviderSignIn();
    }

    @FXML
    void forgotPassphrase() {
        model.forgotPassphrase();
    }

    @FXML
    void submitPassphrase() {
        model.submitPassphrase();
    }
}
