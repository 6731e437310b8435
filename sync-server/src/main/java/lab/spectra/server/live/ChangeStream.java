package lab.spectra.server.live;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One caller's open stream. Nothing is buffered for it but the newest change number it has not
 * been sent yet and whether a heartbeat is due: a reader that falls behind gets one event for many
 * changes, never a growing queue. At most one write to it runs at a time, on the delivery pool.
 */
final class ChangeStream {

    /** Where events go; an implementation writes one SSE frame and flushes it. */
    interface Sink {
        void event(long changeNumber);

        void heartbeat();

        boolean gone();

        /** Runs {@code then} once the reader has gone (its connection closed, or the stream ended). */
        void whenGone(Runnable then);

        /** Ends the stream normally (the caller's token expired, its session ended). */
        void close();

        /** Cuts the connection at once, even under a write that does not finish. */
        void abort();
    }

    private final UUID organizationId;
    private final UUID sessionId;
    private final Instant expiresAt;
    private final Sink sink;
    private final Executor delivery;
    private final AtomicLong pendingChange = new AtomicLong();
    private final AtomicBoolean heartbeatDue = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long writingSinceNanos;
    private volatile long lastWriteNanos = System.nanoTime();

    /** @param sessionId the caller's sign-in session, or null for an external issuer's token */
    ChangeStream(UUID organizationId, UUID sessionId, Instant expiresAt, Sink sink, Executor delivery) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.sessionId = sessionId;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    UUID organizationId() {
        return organizationId;
    }

    UUID sessionId() {
        return sessionId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Sink sink() {
        return sink;
    }

    /** The organization's change number reached {@code changeNumber}: tell the reader, coalesced. */
    void offer(long changeNumber) {
        pendingChange.accumulateAndGet(changeNumber, Math::max);
        schedule();
    }

    void heartbeatIfQuietFor(long nanos, long now) {
        if (now - lastWriteNanos >= nanos) {
            heartbeatDue.set(true);
            schedule();
        }
    }

    /** Whether a write has been under way for longer than {@code nanos}. */
    boolean stuckFor(long nanos, long now) {
        long since = writingSinceNanos;
        return since != 0 && now - since > nanos;
    }

    private void schedule() {
        if (queued.compareAndSet(false, true)) {
            delivery.execute(this::drain);
        }
    }

    private void drain() {
        do {
            long changeNumber = pendingChange.getAndSet(0);
            boolean heartbeat = heartbeatDue.getAndSet(false);
            if (!sink.gone() && (changeNumber > 0 || heartbeat)) {
                writingSinceNanos = System.nanoTime();
                try {
                    if (changeNumber > 0) {
                        sink.event(changeNumber);
                    } else {
                        sink.heartbeat();
                    }
                } finally {
                    lastWriteNanos = System.nanoTime();
                    writingSinceNanos = 0;
                }
            }
            queued.set(false);
        } while ((pendingChange.get() > 0 || heartbeatDue.get()) && queued.compareAndSet(false, true));
    }
}
