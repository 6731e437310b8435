package lab.spectra.desktop.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sync engine in the background: every {@code interval} while things go well, sooner
 * when asked (a change was just made), and with a growing backoff while the server cannot be
 * reached. A refused change is never retried: it is already in the problems list.
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncEngine engine;
    private final Backoff backoff;
    private final Duration interval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "sync");
        named.setDaemon(true);
        return named;
    });
    private ScheduledFuture<?> next;
    private int failures;

    public SyncScheduler(SyncEngine engine, Backoff backoff, Duration interval) {
        this.engine = engine;
        this.backoff = backoff;
        this.interval = interval;
    }

    public synchronized void start() {
        scheduleIn(Duration.ZERO);
    }

    /** Syncs as soon as possible, e.g. right after a change was made or the user asked. */
    public synchronized void requestSync() {
        if (failures == 0 || next == null || next.getDelay(TimeUnit.MILLISECONDS) > 0) {
            scheduleIn(Duration.ZERO);
        }
    }

    private synchronized void scheduleIn(Duration delay) {
        if (thread.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = thread.schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        Duration wait;
        try {
            SyncEngine.Report report = engine.syncNow();
            SyncStatus.Connectivity connectivity = engine.status().connectivity();
            // A server answering with errors is backed off from like one that cannot be reached.
            wait = afterAttempt(report.succeeded()
                    || (connectivity != SyncStatus.Connectivity.OFFLINE
                            && connectivity != SyncStatus.Connectivity.SERVER_ERROR));
        } catch (RuntimeException e) {
            LOG.error("Sync failed unexpectedly", e);
            wait = afterAttempt(false);
        }
        scheduleIn(wait);
    }

    private synchronized Duration afterAttempt(boolean reached) {
        if (reached) {
            failures = 0;
            return interval;
        }
        failures++;
        Duration wait = backoff.after(failures);
        LOG.info("Server unreachable or failing ({} attempts); next try in {} s", failures, wait.toSeconds());
        return wait;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
