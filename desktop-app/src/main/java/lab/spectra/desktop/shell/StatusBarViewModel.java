package lab.spectra.desktop.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.update.UpdateAvailable;

/**
 * The status bar: online or offline, who is signed in, pending changes, last sync, a progress
 * bar while syncing, open sync problems, the lab's newer bench release, and the notices worth a
 * notification. Fed by the sync engine from its own thread.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final ReadOnlyStringWrapper connectivity = new ReadOnlyStringWrapper("Connecting…");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper openProblems = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper update = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper installer = new ReadOnlyStringWrapper("");
    private final List<Consumer<SyncNotice>> noticeListeners = new CopyOnWriteArrayList<>();
    /** Where the engine last came to rest (not syncing); notices compare the next rest with it. */
    private SyncStatus settled;

    public StatusBarViewModel(CurrentUser signedIn) {
        user.set(signedIn.displayName() + " · " + signedIn.role().displayName() + " · " + signedIn.organizationName()
                + (signedIn.signedInOnline() ? "" : " (signed in offline)"));
    }

    /** Safe to call from any thread. */
    public void accept(SyncStatus status) {
        if (Platform.isFxApplicationThread()) {
            show(status);
        } else {
            Platform.runLater(() -> show(status));
        }
    }

    private void show(SyncStatus status) {
        online.set(status.connectivity() == SyncStatus.Connectivity.ONLINE);
        connectivity.set(
                switch (status.connectivity()) {
                    // "Live": the server's changes arrive as they are made, not at the next poll.
                    case ONLINE -> status.live() ? "Live" : "Online";
                    case OFFLINE -> "Offline";
                    case SERVER_ERROR -> "Server error";
                    case UNKNOWN -> "Connecting…";
                });
        pendingCount.set(status.pending());
        pending.set(
                status.pending() == 0
                        ? "All changes sent"
                        : status.pending()
                                + (status.pending() == 1 ? " change waiting" : " changes waiting")
                                + (status.waitingForSignIn() > 0
                                        ? " (" + status.waitingForSignIn() + " for sign-in)"
                                        : ""));
        lastSync.set(status.lastSyncAt() == null ? "Never synced" : "Last sync " + TIME.format(status.lastSyncAt()));
        syncing.set(status.phase() != SyncStatus.Phase.IDLE);
        switch (status.phase()) {
            case PUSHING -> {
                activity.set("Sending " + status.pushed() + " of " + status.toPush());
                progress.set(status.toPush() == 0 ? -1 : (double) status.pushed() / status.toPush());
            }
            case PULLING -> {
                activity.set("Receiving… " + status.pulledRows() + " rows");
                progress.set(-1);
            }
            case SENDING_FILES -> {
                activity.set("Sending files: " + mebibytes(status.fileBytesSent()) + " of "
                        + mebibytes(status.fileBytesToSend()) + " MiB");
                progress.set(
                        status.fileBytesToSend() == 0
                                ? -1
                                : (double) status.fileBytesSent() / status.fileBytesToSend());
            }
            case IDLE -> {
                activity.set("");
                progress.set(0);
            }
        }
        openProblems.set(status.openProblems());
        lastError.set(status.lastError() == null ? "" : status.lastError());
        UpdateAvailable offered = status.update();
        update.set(offered == null ? "" : "Update available: " + offered.version());
        installer.set(offered == null || offered.installerUrl() == null ? "" : offered.installerUrl());
        if (status.phase() == SyncStatus.Phase.IDLE) {
            SyncStatus before = settled;
            settled = status;
            if (before != null) {
                SyncNotice.between(before, status)
                        .ifPresent(notice -> noticeListeners.forEach(listener -> listener.accept(notice)));
            }
        }
    }

    /** Whole mebibytes, rounded up, so a started small file does not read as 0. */
    private static long mebibytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }

    /** Told, on the JavaFX thread, of each sync outcome worth a notification. */
    public void onNotice(Consumer<SyncNotice> listener) {
        noticeListeners.add(listener);
    }

    public ReadOnlyStringProperty connectivity() {
        return connectivity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty online() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty user() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pending() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingCount() {
        return pendingCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSync() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activity() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncing() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openProblems() {
        return openProblems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastError() {
        return lastError.getReadOnlyProperty();
    }

    /** "Update available: 1.4.0" while the lab announces a release newer than this bench; empty otherwise. */
    public ReadOnlyStringProperty update() {
        return update.getReadOnlyProperty();
    }

    /** Where the lab publishes that release's installer; empty when it did not say. */
    public ReadOnlyStringProperty installer() {
        return installer.getReadOnlyProperty();
    }
}
