package lab.spectra.desktop.login;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.workstation.SignInService;

/** Sign-in: email and password, online first, offline on this PC when the server is away. */
public final class LoginViewModel {

    private final SignInService signIn;
    private final TaskRunner tasks;
    private final Consumer<CurrentUser> onSignedIn;
    private final List<DemoAccount> demoAccounts;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final BooleanProperty canSignIn = new SimpleBooleanProperty();
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeatedPassword = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper choosingPassword = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public LoginViewModel(
            SignInService signIn, TaskRunner tasks, List<DemoAccount> demoAccounts, Consumer<CurrentUser> onSignedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.demoAccounts = List.copyOf(demoAccounts);
        this.onSignedIn = onSignedIn;
        canSignIn.bind(email.isNotEmpty()
                .and(password.isNotEmpty())
                .and(busy.not())
                .and(choosingPassword.not().or(newPassword.isNotEmpty().and(repeatedPassword.isNotEmpty()))));
        // A bench revoked by an admin deleted its data: the next person here is told why it is empty.
        tasks.run(signIn::notice, notice -> notice.ifPresent(error::set), failure -> {});
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty password() {
        return password;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** What is happening while signing in takes its moment (the key is derived from the password slowly, on purpose). */
    public ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** The password the person chooses when theirs was set by an admin. */
    public StringProperty newPassword() {
        return newPassword;
    }

    public StringProperty repeatedPassword() {
        return repeatedPassword;
    }

    /** True once the server said the password is temporary: the form asks for a new one. */
    public ReadOnlyBooleanProperty choosingPassword() {
        return choosingPassword.getReadOnlyProperty();
    }

    /** Why the form asks for a new password, in words. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The sign-in screen right after "Set up this lab": the founder's address filled in, and where
     * the lab's existing records come in.
     */
    public void welcomeFounder(String labName, String adminEmail) {
        email.set(adminEmail);
        notice.set(labName + " is set up. Sign in with the password you chose; then, under Administration > Import,"
                + " bring your people, instruments with their certificates and samples from CSV files.");
    }

    public BooleanProperty canSignIn() {
        return canSignIn;
    }

    /** Accounts of the demo labs, shown when the app runs its own demo server; empty otherwise. */
    public List<DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    public void useDemoAccount(DemoAccount account) {
        email.set(account.email());
        password.set(account.password());
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        if (choosingPassword.get() && !newPassword.get().equals(repeatedPassword.get())) {
            error.set("The two new passwords differ; type the same one twice");
            return;
        }
        busy.set(true);
        progress.set("Checking your password and unlocking your key on this PC…");
        error.set("");
        String typedEmail = email.get();
        char[] typedPassword = password.get().toCharArray();
        char[] chosen = choosingPassword.get() ? newPassword.get().toCharArray() : null;
        tasks.run(
                () -> chosen == null
                        ? signIn.signIn(typedEmail, typedPassword)
                        : signIn.signInWithNewPassword(typedEmail, typedPassword, chosen),
                result -> {
                    busy.set(false);
                    if (result instanceof SignInService.SignedIn signedIn) {
                        password.set("");
                        newPassword.set("");
                        repeatedPassword.set("");
                        choosingPassword.set(false);
                        notice.set("");
                        onSignedIn.accept(signedIn.user());
                    } else if (result instanceof SignInService.PasswordChangeRequired required) {
                        choosingPassword.set(true);
                        notice.set(required.message());
                    } else {
                        error.set(((SignInService.Refused) result).message());
                    }
                },
                failure -> {
                    busy.set(false);
                    error.set(Problems.describe(failure));
                });
    }
}
