package lab.spectra.desktop.app;

import java.util.function.Consumer;
import lab.spectra.desktop.shell.SyncControl;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.sync.SyncStatus;

/** The main window's view of the sync: the engine's status, the scheduler's "sync now". */
final class BenchSyncControl implements SyncControl {

    private final SyncEngine engine;
    private final SyncScheduler scheduler;

    BenchSyncControl(SyncEngine engine, SyncScheduler scheduler) {
        this.engine = engine;
        this.scheduler = scheduler;
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        engine.addListener(listener);
    }

    @Override
    public void removeListener(Consumer<SyncStatus> listener) {
        engine.removeListener(listener);
    }

    @Override
    public void requestSync() {
        scheduler.requestSync();
    }
}
