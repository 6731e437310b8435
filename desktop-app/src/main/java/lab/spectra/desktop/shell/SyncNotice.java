package lab.spectra.desktop.shell;

import java.util.Optional;
import lab.spectra.desktop.sync.SyncStatus;

/**
 * A sync outcome worth a notification in the corner of the main window: the server refused
 * changes made here, syncing stopped working, or it works again. Everything else (a sync that
 * simply went through, the next retry failing the same way) stays in the status bar only.
 */
public record SyncNotice(Kind kind, String title, String text) {

    public enum Kind {
        /** Changes made here were refused and undone; they wait in Sync problems. */
        REFUSED,
        /** The server answered with an error, or refused the sync itself. */
        FAILED,
        /** The server cannot be reached; work goes on and is sent later. */
        OFFLINE,
        /** Syncing works again after a failure. */
        RECOVERED
    }

    /**
     * What to announce when the sync engine settles in {@code after}, compared with where it last
     * settled ({@code before}): newly refused changes first, then a change between working and
     * failing.
     */
    public static Optional<SyncNotice> between(SyncStatus before, SyncStatus after) {
        int refused = after.openProblems() - before.openProblems();
        if (refused > 0) {
            return Optional.of(new SyncNotice(
                    Kind.REFUSED,
                    refused == 1 ? "The server refused a change" : "The server refused " + refused + " changes",
                    (refused == 1 ? "It was" : "They were") + " undone on this PC. Open Sync problems to read why."));
        }
        boolean failedBefore = before.lastError() != null;
        boolean failsNow = after.lastError() != null;
        if (failsNow && (!failedBefore || before.connectivity() != after.connectivity())) {
            return Optional.of(
                    after.connectivity() == SyncStatus.Connectivity.OFFLINE
                            ? new SyncNotice(Kind.OFFLINE, "Working offline", after.lastError())
                            : new SyncNotice(Kind.FAILED, "Sync failed", after.lastError()));
        }
        if (failedBefore && !failsNow && after.connectivity() == SyncStatus.Connectivity.ONLINE) {
            return Optional.of(new SyncNotice(
                    Kind.RECOVERED,
                    "Back online",
                    after.pending() == 0
                            ? "Every change made here has reached the server."
                            : "Changes made here are being sent."));
        }
        return Optional.empty();
    }
}
