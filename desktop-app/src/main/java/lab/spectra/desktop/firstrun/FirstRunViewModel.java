package lab.spectra.desktop.firstrun;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.EmailAddresses;

/**
 * The first start of an app with no lab server: set up this lab (its name and first admin) or
 * explore the demo. Setting up checks what it can at once; the password policy is the server's.
 */
public final class FirstRunViewModel {

    private final LabFounding founding;
    private final TaskRunner tasks;
    private final Consumer<LocalLab> onChosen;

    private final StringProperty labName = new SimpleStringProperty("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminEmail = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeatedPassword = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canSetUp;

    public FirstRunViewModel(LabFounding founding, TaskRunner tasks, Consumer<LocalLab> onChosen) {
        this.founding = founding;
        this.tasks = tasks;
        this.onChosen = onChosen;
        this.canSetUp = Bindings.createBooleanBinding(
                () -> !busy.get()
                        && !labName.get().isBlank()
                        && !adminName.get().isBlank()
                        && !adminEmail.get().isBlank()
                        && !password.get().isEmpty(),
                busy,
                labName,
                adminName,
                adminEmail,
                password);
    }

    public void exploreDemo() {
        onChosen.accept(LocalLab.DEMO);
    }

    public void setUpLab() {
        if (!canSetUp.get()) {
            message.set("Fill in the lab's name, your name, your e-mail and a password");
            return;
        }
        Optional<String> normalized = EmailAddresses.normalized(adminEmail.get());
        if (normalized.isEmpty()) {
            message.set("The e-mail address is not complete, e.g. name@lab.example");
            return;
        }
        String email = normalized.get();
        if (!password.get().equals(repeatedPassword.get())) {
            message.set("The two passwords differ; type the same password twice");
            return;
        }
        LabSetup setup = new LabSetup(
                labName.get().strip(),
                adminName.get().strip(),
                email,
                password.get().toCharArray());
        busy.set(true);
        message.set("Setting up " + setup.labName() + "…");
        tasks.run(
                () -> {
                    try {
                        founding.found(setup);
                        return setup;
                    } finally {
                        setup.wipePassword();
                    }
                },
                founded -> {
                    busy.set(false);
                    password.set("");
                    repeatedPassword.set("");
                    message.set("");
                    onChosen.accept(LocalLab.LAB);
                },
                failure -> {
                    busy.set(false);
                    message.set("The lab could not be set up: "
                            + (failure instanceof LabSetupRefused ? failure.getMessage() : Problems.describe(failure)));
                });
    }

    public StringProperty labName() {
        return labName;
    }

    public StringProperty adminName() {
        return adminName;
    }

    public StringProperty adminEmail() {
        return adminEmail;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty repeatedPassword() {
        return repeatedPassword;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanBinding canSetUp() {
        return canSetUp;
    }
}
