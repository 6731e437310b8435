package lab.spectra.desktop.admin.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * An admin's backup of the lab kept on this PC: written to a file the admin picks, and reported
 * only once a copy restored from it has been opened and its audit trail verified. A bench that
 * works with a lab server has nothing to back up here; the server's operator backs the lab up.
 */
public final class BackupViewModel {

    public static final String NOT_HERE = "This PC works with the lab's server, which keeps the records:"
            + " its operator backs them up (docs/production.md). Nothing on this PC needs a backup.";

    private final Optional<LabBackups> backups;
    private final TaskRunner tasks;
    private final Clock clock;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty available;

    public BackupViewModel(Optional<LabBackups> backups, TaskRunner tasks, Clock clock) {
        this.backups = backups;
        this.tasks = tasks;
        this.clock = clock;
        this.available = new SimpleBooleanProperty(backups.isPresent());
        if (backups.isEmpty()) {
            message.set(NOT_HERE);
        }
    }

    /** The name offered in the save dialog: the lab and today's date. */
    public String suggestedFileName() {
        return "spectra-lab-backup-" + LocalDate.now(clock) + ".zip";
    }

    public void backUpTo(Path target) {
        if (backups.isEmpty()) {
            message.set(NOT_HERE);
            return;
        }
        busy.set(true);
        message.set("Backing up to " + target + " and checking the copy…");
        tasks.run(
                () -> backups.get().backUp(target),
                verified -> {
                    busy.set(false);
                    message.set("Backup written to " + target + ". Checked by restoring it aside: " + verified + ".");
                },
                failure -> {
                    busy.set(false);
                    message.set("The backup failed: "
                            + (failure instanceof BackupFailed ? failure.getMessage() : Problems.describe(failure)));
                });
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ReadOnlyBooleanProperty available() {
        return available;
    }
}
