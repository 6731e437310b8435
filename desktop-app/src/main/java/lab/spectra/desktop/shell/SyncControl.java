package lab.spectra.desktop.shell;

import java.util.function.Consumer;
import lab.spectra.desktop.sync.SyncStatus;

/** The bench's background sync as the main window follows and drives it; nothing here blocks. */
public interface SyncControl {

    /** Hears the current status at once, then every change, on the sync engine's own thread. */
    void addListener(Consumer<SyncStatus> listener);

    void removeListener(Consumer<SyncStatus> listener);

    /** Syncs as soon as possible, in the background. */
    void requestSync();
}
