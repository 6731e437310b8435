package lab.spectra.desktop.admin.workstations;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;

/**
 * The benches that synced with the lab's server, and revoking a lost or stolen one: its keys stop
 * working at once, what it still sends is refused, and it deletes its data at its next contact.
 */
public final class WorkstationsViewModel {

    public static final int MAX_REASON_LENGTH = 500;

    private final WorkstationDirectory directory;
    private final TaskRunner tasks;
    private final ObservableList<AdminClient.LabWorkstation> workstations = FXCollections.observableArrayList();
    private final ObjectProperty<AdminClient.LabWorkstation> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding revokable;

    public WorkstationsViewModel(WorkstationDirectory directory, TaskRunner tasks) {
        this.directory = directory;
        this.tasks = tasks;
        this.revokable = Bindings.createBooleanBinding(
                () -> selected.get() != null
                        && !selected.get().revoked()
                        && !reason.get().isBlank()
                        && reason.get().strip().length() <= MAX_REASON_LENGTH,
                selected,
                reason);
        load();
    }

    public ObservableList<AdminClient.LabWorkstation> workstations() {
        return workstations;
    }

    public ObjectProperty<AdminClient.LabWorkstation> selected() {
        return selected;
    }

    /** Why the selected bench is revoked: required, kept in the audit trail. */
    public StringProperty reason() {
        return reason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** True when a trusted bench is selected and a reason given. */
    public BooleanBinding revokable() {
        return revokable;
    }

    public void load() {
        tasks.run(directory::list, workstations::setAll, failure -> message.set(Problems.describeOnline(failure)));
    }

    public void revoke() {
        AdminClient.LabWorkstation bench = selected.get();
        if (!revokable.get()) {
            message.set(bench == null ? "Choose a workstation first" : "Say why this workstation is revoked");
            return;
        }
        String why = reason.get().strip();
        tasks.run(
                () -> directory.revoke(bench.workstationId(), why),
                revoked -> {
                    reason.set("");
                    message.set(bench.name() + " is revoked: " + revoked.deviceKeysRevoked()
                            + " device keys no longer work, and it deletes its local data when it next"
                            + " reaches the server");
                    load();
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    /** The people who worked there, most recent first. */
    public static String people(AdminClient.LabWorkstation bench) {
        return bench.people().stream().map(AdminClient.Person::displayName).collect(Collectors.joining(", "));
    }

    public static String state(AdminClient.LabWorkstation bench) {
        return bench.revoked()
                ? "Revoked " + Times.format(bench.revokedAt()) + " (" + bench.revokedReason() + ")"
                : "Trusted";
    }

    public static String lastContact(AdminClient.LabWorkstation bench) {
        return Times.format(bench.lastContactAt());
    }
}
