package lab.spectra.desktop.login;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.workstation.SignInService;

/**
 * Sign-in: email and password, online first, offline on this PC when the server is away; or,
 * when the lab's server offers it, through the lab's identity provider in the system browser,
 * followed by the person's bench passphrase (ADR 0024).
 */
public final class LoginViewModel {

    /** The workstation's sign-in; on a cold start it may still be opening, and only background work waits for it. */
    private final Supplier<SignInService> signIn;

    private final TaskRunner tasks;
    private final Consumer<CurrentUser> onSignedIn;
    private final ObservableList<DemoAccount> demoAccounts = FXCollections.observableArrayList();
    /** One read-only view, held: a view made per call would be collected with the listeners added to it. */
    private final ObservableList<DemoAccount> demoAccountsShown =
            FXCollections.unmodifiableObservableList(demoAccounts);

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
    private final ReadOnlyStringWrapper providerButton = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper waitingForProvider = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper askingPassphrase = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper choosingPassphrase = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper passphraseNotice = new ReadOnlyStringWrapper("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeatedPassphrase = new SimpleStringProperty("");
    private final AtomicReference<BrowserSignIn.Attempt> attempt = new AtomicReference<>();
    private Optional<IdentityProvider> provider = Optional.empty();
    private SignInService.PassphraseNeeded passphraseStep;

    public LoginViewModel(
            SignInService signIn, TaskRunner tasks, List<DemoAccount> demoAccounts, Consumer<CurrentUser> onSignedIn) {
        this(() -> signIn, tasks, demoAccounts, onSignedIn);
    }

    /**
     * A sign-in screen shown before the workstation behind it is open (a cold start): the screen
     * is up at once, and what it asks of {@code signIn} (always in the background) waits for it.
     *
     * @param signIn gives the workstation's sign-in, blocking until it is open; called only off the JavaFX thread
     */
    public LoginViewModel(
            Supplier<SignInService> signIn,
            TaskRunner tasks,
            List<DemoAccount> demoAccounts,
            Consumer<CurrentUser> onSignedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.demoAccounts.setAll(demoAccounts);
        this.onSignedIn = onSignedIn;
        canSignIn.bind(email.isNotEmpty()
                .and(password.isNotEmpty())
                .and(busy.not())
                .and(choosingPassword.not().or(newPassword.isNotEmpty().and(repeatedPassword.isNotEmpty()))));
        // A bench revoked by an admin deleted its data: the next person here is told why it is empty.
        tasks.run(() -> signIn.get().notice(), notice -> notice.ifPresent(error::set), failure -> {});
        // Asked in the background: the button appears when the server answers that it has a provider.
        tasks.run(
                () -> signIn.get().identityProvider(),
                offered -> {
                    provider = offered;
                    providerButton.set(offered.map(found -> "Sign in with " + found.label())
                            .orElse(""));
                },
                failure -> {});
    }

    /**
     * A sign-in screen shown while the built-in server still starts (a cold start of a demo or
     * single-PC lab): the screen is up at once and lists the server's demo accounts once it has
     * started; until then a person can type an account they know.
     *
     * @param demoAccounts gives the built-in server's demo accounts, blocking until it has started; called in the background
     */
    public LoginViewModel(
            Supplier<SignInService> signIn,
            TaskRunner tasks,
            Supplier<List<DemoAccount>> demoAccounts,
            Consumer<CurrentUser> onSignedIn) {
        this(signIn, tasks, List.of(), onSignedIn);
        tasks.run(demoAccounts::get, listed -> this.demoAccounts.setAll(listed), failure -> {});
    }

    /** "Sign in with {provider}", or empty when the lab's server offers no identity provider. */
    public ReadOnlyStringProperty providerButton() {
        return providerButton.getReadOnlyProperty();
    }

    /** True while the person signs in at the provider in their browser; Cancel stops the wait. */
    public ReadOnlyBooleanProperty waitingForProvider() {
        return waitingForProvider.getReadOnlyProperty();
    }

    /** True once the provider signed the person in: their bench passphrase opens this PC. */
    public ReadOnlyBooleanProperty askingPassphrase() {
        return askingPassphrase.getReadOnlyProperty();
    }

    /** True when the person has no bench passphrase on this PC yet and chooses one (typed twice). */
    public ReadOnlyBooleanProperty choosingPassphrase() {
        return choosingPassphrase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseNotice() {
        return passphraseNotice.getReadOnlyProperty();
    }

    public StringProperty passphrase() {
        return passphrase;
    }

    public StringProperty repeatedPassphrase() {
        return repeatedPassphrase;
    }

    /** Opens the system browser at the lab's identity provider and waits for the person there. */
    public void signInWithProvider() {
        if (provider.isEmpty() || busy.get()) {
            return;
        }
        IdentityProvider chosen = provider.get();
        busy.set(true);
        waitingForProvider.set(true);
        error.set("");
        progress.set("Sign in with " + chosen.label() + " in your web browser; this window waits for you…");
        tasks.run(
                () -> {
                    BrowserSignIn.Attempt started = signIn.get().startAtProvider(chosen);
                    attempt.set(started);
                    return signIn.get().signInAtProvider(started);
                },
                step -> {
                    attempt.set(null);
                    busy.set(false);
                    waitingForProvider.set(false);
                    if (step instanceof SignInService.PassphraseNeeded needed) {
                        askForPassphrase(needed);
                    } else {
                        error.set(((SignInService.Refused) step).message());
                    }
                },
                failure -> {
                    attempt.set(null);
                    busy.set(false);
                    waitingForProvider.set(false);
                    error.set(Problems.describe(failure));
                });
    }

    /** Stops waiting for the browser. */
    public void cancelProviderSignIn() {
        BrowserSignIn.Attempt running = attempt.getAndSet(null);
        if (running != null) {
            running.cancel();
        }
    }

    private void askForPassphrase(SignInService.PassphraseNeeded needed) {
        passphraseStep = needed;
        email.set(needed.session().email());
        choosingPassphrase.set(needed.choosing());
        passphraseNotice.set(
                needed.choosing()
                        ? "Welcome, " + needed.session().displayName()
                                + ". Choose a bench passphrase for this PC (at least "
                                + SignInService.MIN_PASSPHRASE_LENGTH
                                + " characters). You type it to sign records, and to"
                                + " sign in here with your e-mail when the lab's server cannot be reached."
                        : "Welcome back, " + needed.session().displayName()
                                + ". Enter your bench passphrase for this PC.");
        askingPassphrase.set(true);
    }

    /**
     * The person forgot their bench passphrase: they choose a new one instead, which the provider's
     * sign-in just now allows (their key on this PC is replaced, as after a password change).
     */
    public void forgotPassphrase() {
        SignInService.PassphraseNeeded step = passphraseStep;
        if (step == null || step.choosing() || busy.get()) {
            return;
        }
        error.set("");
        passphrase.set("");
        askForPassphrase(new SignInService.PassphraseNeeded(step.session(), true));
    }

    /** Opens this PC with the bench passphrase, after the provider signed the person in. */
    public void submitPassphrase() {
        SignInService.PassphraseNeeded step = passphraseStep;
        if (step == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        progress.set("Unlocking your key on this PC…");
        char[] typed = passphrase.get().toCharArray();
        char[] again = repeatedPassphrase.get().toCharArray();
        tasks.run(
                () -> signIn.get().finishWithPassphrase(step, typed, again),
                result -> {
                    busy.set(false);
                    if (result instanceof SignInService.SignedIn signedIn) {
                        passphrase.set("");
                        repeatedPassphrase.set("");
                        askingPassphrase.set(false);
                        passphraseStep = null;
                        onSignedIn.accept(signedIn.user());
                    } else {
                        error.set(((SignInService.Refused) result).message());
                    }
                },
                failure -> {
                    busy.set(false);
                    error.set(Problems.describe(failure));
                });
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

    /**
     * Accounts of the demo labs, shown when the app runs its own demo server; empty otherwise, and
     * empty until that server has started.
     */
    public ObservableList<DemoAccount> demoAccounts() {
        return demoAccountsShown;
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
                        ? signIn.get().signIn(typedEmail, typedPassword)
                        : signIn.get().signInWithNewPassword(typedEmail, typedPassword, chosen),
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
