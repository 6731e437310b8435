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
 * when asked (a change was just made, the server announced one), and with a growing backoff while
 * the server cannot be reached. A refused change is never retried: it is already in the problems
 * list. Requests are coalesced: one sync runs, and at most one more is queued behind it, however
 * many requests come meanwhile. While live updates are open the server says when to sync, and
 * polling slows to {@code liveInterval}, a safety net.
 */
public final class SyncScheduler implements AutoCloseable {

    /** How often a bench with live updates open still polls, in case an announcement was lost. */
    public static final Duration LIVE_INTERVAL = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncEngine engine;
    private final Backoff backoff;
    private final Duration interval;
    private final Duration liveInterval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "sync");
        named.setDaemon(true);
        return named;
    });
    private ScheduledFuture<?> next;
    private int failures;
    private boolean running;
    private boolean again;
    private boolean live;
    /** What the next sync was asked for by: a change or a person (full), the stream (lighter, see SyncEngine). */
    private boolean fullWanted;

    private boolean announcementWanted;

    public SyncScheduler(SyncEngine engine, Backoff backoff, Duration interval) {
        this(engine, backoff, interval, LIVE_INTERVAL);
    }

    /** @param liveInterval how often to poll while live updates are open (at least {@code interval}) */
    public SyncScheduler(SyncEngine engine, Backoff backoff, Duration interval, Duration liveInterval) {
        this.engine = engine;
        this.backoff = backoff;
        this.interval = interval;
        this.liveInterval = liveInterval.compareTo(interval) < 0 ? interval : liveInterval;
    }

    public synchronized void start() {
        scheduleIn(Duration.ZERO);
    }

    /** Syncs as soon as possible, e.g. right after a change was made or the user asked. */
    public synchronized void requestSync() {
        fullWanted = true;
        syncSoon();
    }

    /** The server's stream announced a change: a sync follows as soon as possible. */
    public synchronized void announced() {
        announcementWanted = true;
        syncSoon();
    }

    private void syncSoon() {
        if (running) {
            // The sync under way may have passed what was just announced: one more follows it.
            again = true;
        } else if (failures == 0 || next == null || next.getDelay(TimeUnit.MILLISECONDS) > 0) {
            scheduleIn(Duration.ZERO);
        }
    }

    /**
     * Live updates opened or closed. Either way a sync follows at once: opening, for what was
     * announced before the stream listened; closing, because polling takes over from now.
     */
    public synchronized void liveUpdates(boolean open) {
        if (live != open) {
            live = open;
            requestSync();
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
        boolean announced;
        synchronized (this) {
            running = true;
            again = false;
            // A poll (neither asked for) is full; so is any sync a change or a person asked for.
            announced = announcementWanted && !fullWanted;
            announcementWanted = false;
            fullWanted = false;
        }
        Duration wait;
        try {
            SyncEngine.Report report = engine.syncNow(announced);
            SyncStatus.Connectivity connectivity = engine.status().connectivity();
            // A server answering with errors is backed off from like one that cannot be reached.
            wait = afterAttempt(report.succeeded()
                    || (connectivity != SyncStatus.Connectivity.OFFLINE
                            && connectivity != SyncStatus.Connectivity.SERVER_ERROR));
        } catch (RuntimeException e) {
            LOG.error("Sync failed unexpectedly", e);
            wait = afterAttempt(false);
        }
        synchronized (this) {
            running = false;
            scheduleIn(again && failures == 0 ? Duration.ZERO : wait);
        }
    }

    private synchronized Duration afterAttempt(boolean reached) {
        if (reached) {
            failures = 0;
            return live ? liveInterval : interval;
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
