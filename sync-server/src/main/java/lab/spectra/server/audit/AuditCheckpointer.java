package lab.spectra.server.audit;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lab.spectra.server.db.TenantActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoints periodically: every interval, for each organization whose trail grew on this
 * server, and once more on shutdown. At start it also looks at every organization that has a
 * checkpoint folder, so entries written just before a crash are anchored without waiting for that
 * organization's next change. Several server instances may run one each: a checkpoint of an entry
 * already checkpointed is not signed again.
 *
 * <p>An append is noted before its transaction commits, so an organization is looked at once more
 * in the round after: an append that committed only after a round read the chain's head is then
 * still checkpointed.
 */
public final class AuditCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final AuditCheckpoints checkpoints;
    private final TenantActivity activity;
    private final CheckpointDirectory directory;
    private final Duration interval;
    private final ScheduledExecutorService timer;
    private Set<UUID> lookedAtLastRound = Set.of();
    private ScheduledFuture<?> rounds;

    public AuditCheckpointer(
            AuditCheckpoints checkpoints, TenantActivity activity, CheckpointDirectory directory, Duration interval) {
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The checkpoint interval must be positive");
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "spectra-audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        directory.organizations().forEach(activity::noted);
        rounds = timer.scheduleWithFixedDelay(this::checkpointNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Signs what is due now: one checkpoint per organization whose trail grew. */
    public synchronized void checkpointNow() {
        List<UUID> noted = activity.drain();
        Set<UUID> due = new LinkedHashSet<>(lookedAtLastRound);
        due.addAll(noted);
        lookedAtLastRound = Set.copyOf(noted);
        for (UUID organization : due) {
            try {
                checkpoints
                        .checkpoint(organization)
                        .ifPresent(signed -> LOG.debug(
                                "Audit checkpoint of organization {} at entry #{}", organization, signed.sequence()));
            } catch (RuntimeException e) {
                // Tried again at the next round; the trail itself is unaffected.
                activity.noted(organization);
                LOG.warn("Could not checkpoint the audit trail of organization {}: {}", organization, e.toString());
            }
        }
    }

    /** Stops the timer and signs what is still due. */
    @Override
    public void close() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The audit checkpointer did not finish its round in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpointNow();
    }
}
