package lab.spectra.desktop.admin.people;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.PeopleClient;
import lab.spectra.desktop.auth.PeopleClient.Person;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Role;

/**
 * Administration > People: the lab's people with filters, and what an admin does to them (add,
 * change role, deactivate, reactivate, reset password). Everything goes to the server at once
 * (online only); a temporary password is shown once, until dismissed.
 */
public final class PeopleViewModel {

    /** Which people the list shows by state. */
    public enum Activity {
        ACTIVE("Active", Boolean.TRUE),
        DEACTIVATED("Deactivated", Boolean.FALSE),
        ALL("Everyone", null);

        private final String label;
        private final Boolean active;

        Activity(String label, Boolean active) {
            this.label = label;
            this.active = active;
        }

        public String label() {
            return label;
        }
    }

    private final PeopleClient people;
    private final CurrentUser admin;
    private final TaskRunner tasks;
    private final ObservableList<Person> list = FXCollections.observableArrayList();
    private final ObjectProperty<Role> roleFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Activity> activityFilter = new SimpleObjectProperty<>(Activity.ALL);
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.TECHNICIAN);
    private final ObjectProperty<Role> roleChoice = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper temporaryPassword = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper temporaryPasswordFor = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper offlineNote = new ReadOnlyStringWrapper("");

    /**
     * @param people the lab's people on the server, with the admin's online session
     * @param admin  who administers; signed in offline, they are told to connect
     */
    public PeopleViewModel(PeopleClient people, CurrentUser admin, TaskRunner tasks) {
        this.people = people;
        this.admin = admin;
        this.tasks = tasks;
        if (!admin.signedInOnline()) {
            offlineNote.set(PeopleClient.ONLY_WHEN_CONNECTED);
        }
        roleFilter.addListener((observable, before, after) -> load());
        activityFilter.addListener((observable, before, after) -> load());
        selected.addListener((observable, before, after) -> roleChoice.set(after == null ? null : after.role()));
    }

    public ObservableList<Person> people() {
        return list;
    }

    /** Only this role; null for every role. */
    public ObjectProperty<Role> roleFilter() {
        return roleFilter;
    }

    public ObjectProperty<Activity> activityFilter() {
        return activityFilter;
    }

    public ObjectProperty<Person> selected() {
        return selected;
    }

    public StringProperty newEmail() {
        return newEmail;
    }

    public StringProperty newName() {
        return newName;
    }

    public ObjectProperty<Role> newRole() {
        return newRole;
    }

    /** The role the selected person is to have. */
    public ObjectProperty<Role> roleChoice() {
        return roleChoice;
    }

    /** Why a person is deactivated (the audit trail keeps it). */
    public StringProperty reason() {
        return reason;
    }

    /** What was just done, in words. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong, in words. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** A one-time password to hand over; empty once dismissed. */
    public ReadOnlyStringProperty temporaryPassword() {
        return temporaryPassword.getReadOnlyProperty();
    }

    /** Whose the temporary password is, in words. */
    public ReadOnlyStringProperty temporaryPasswordFor() {
        return temporaryPasswordFor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Set when people cannot be managed from here now (no connection to the server). */
    public ReadOnlyStringProperty offlineNote() {
        return offlineNote.getReadOnlyProperty();
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public void load() {
        Role role = roleFilter.get();
        Boolean active = activityFilter.get() == null ? null : activityFilter.get().active;
        // A reload after a change keeps the sentence about that change.
        run(() -> people.list(role, active), found -> {
            Person was = selected.get();
            list.setAll(found);
            if (was != null) {
                list.stream()
                        .filter(person -> person.id().equals(was.id()))
                        .findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    public void add() {
        if (newEmail.get().isBlank() || newName.get().isBlank() || newRole.get() == null) {
            error.set("Enter the new person's e-mail address, name and role");
            return;
        }
        String email = newEmail.get().strip();
        String name = newName.get().strip();
        Role role = newRole.get();
        call(() -> people.add(email, name, role), added -> {
            newEmail.set("");
            newName.set("");
            showPassword(added);
            message.set("Added " + added.person().name() + " as "
                    + added.person().role().displayName());
            load();
        });
    }

    public void changeRole() {
        Person person = selected.get();
        Role role = roleChoice.get();
        if (person == null || role == null || role == person.role()) {
            error.set("Select a person and the role they are to have");
            return;
        }
        call(() -> people.changeRole(person.id(), role), changed -> {
            message.set(changed.name() + " is now " + changed.role().displayName());
            load();
        });
    }

    public void deactivate() {
        Person person = selected.get();
        if (person == null) {
            error.set("Select the person to deactivate");
            return;
        }
        if (reason.get().isBlank()) {
            error.set("Say why " + person.name() + " is deactivated; the audit trail keeps the reason");
            return;
        }
        String why = reason.get().strip();
        call(() -> people.deactivate(person.id(), why), done -> {
            reason.set("");
            message.set(done.name() + " is deactivated: signed out everywhere, and their sign-in on every bench"
                    + " ends at its next sync");
            load();
        });
    }

    public void reactivate() {
        Person person = selected.get();
        if (person == null) {
            error.set("Select the person to enable again");
            return;
        }
        call(() -> people.reactivate(person.id()), done -> {
            message.set(done.name() + " can sign in again");
            load();
        });
    }

    public void resetPassword() {
        Person person = selected.get();
        if (person == null) {
            error.set("Select the person whose password to reset");
            return;
        }
        call(() -> people.resetPassword(person.id()), reset -> {
            showPassword(reset);
            message.set(reset.person().name() + "'s sessions ended; they choose a new password at their next sign-in");
        });
    }

    /** Forgets the temporary password on screen (it was handed over). */
    public void dismissPassword() {
        temporaryPassword.set("");
        temporaryPasswordFor.set("");
    }

    public boolean isSelf(Person person) {
        return person != null && person.id().equals(admin.userId());
    }

    private void showPassword(PeopleClient.WithPassword withPassword) {
        temporaryPassword.set(withPassword.temporaryPassword());
        temporaryPasswordFor.set(
                "Temporary password for " + withPassword.person().name() + " ("
                        + withPassword.person().email() + "), shown only now; they choose their own at first sign-in:");
    }

    private <T> void call(Callable<T> work, Consumer<T> done) {
        message.set("");
        run(work, done);
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        error.set("");
        tasks.run(
                work,
                result -> {
                    busy.set(false);
                    offlineNote.set("");
                    done.accept(result);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ServerUnreachableException || failure instanceof ServerErrorException) {
                        offlineNote.set(PeopleClient.ONLY_WHEN_CONNECTED);
                        error.set(
                                "The lab's server did not answer (" + failure.getMessage() + "); nothing was changed");
                    } else {
                        error.set(Problems.describe(failure));
                    }
                });
    }
}
