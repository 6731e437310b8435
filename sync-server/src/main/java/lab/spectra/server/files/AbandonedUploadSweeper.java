package lab.spectra.server.files;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops uploads nobody finishes: an upload that received no part for {@code abandonedAfter} is
 * deleted with its parts, at start-up and then on a schedule. A bench that comes back later
 * announces the file again and starts from the first byte. Every server instance runs it; the
 * delete is idempotent, so two at once are harmless.
 */
public final class AbandonedUploadSweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedUploadSweeper.class);

    private final FileUploads uploads;
    private final Clock clock;
    private final Duration abandonedAfter;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> rounds;

    public AbandonedUploadSweeper(FileUploads uploads, Clock clock, Duration abandonedAfter) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.abandonedAfter = Objects.requireNonNull(abandonedAfter, "abandonedAfter");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spectra-upload-sweeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sweeps at once (in the background), then every {@code interval}. */
    public synchronized void start(Duration interval) {
        if (rounds == null) {
            long millis = interval.toMillis();
            rounds = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** One sweep; returns how many abandoned uploads were deleted. */
    public int sweep() {
        int removed = uploads.removeAbandonedBefore(clock.instant().minus(abandonedAfter));
        if (removed > 0) {
            LOG.info("Deleted {} uploads that received nothing for {}, with their parts", removed, abandonedAfter);
        }
        return removed;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The next round tries again; an upload left a little longer loses nothing.
            LOG.warn("Deleting abandoned uploads failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        scheduler.shutdownNow();
    }
}
