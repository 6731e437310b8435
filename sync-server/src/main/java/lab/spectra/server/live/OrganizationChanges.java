package lab.spectra.server.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live-update streams of this instance, by organization, and what they are told: that the
 * organization's change number has advanced (heard from PostgreSQL's {@code spectra_changes}
 * channel, or in-process on H2), heartbeats while quiet, and nothing more. A stream ends when its
 * caller's access token expires or sign-in session ends (the bench reconnects with a fresh token),
 * and is cut when one write to it does not finish in time (a reader too slow to keep up).
 */
public final class OrganizationChanges implements AutoCloseable {

    /** Whether a sign-in session has ended (signed out, revoked, its person deactivated). */
    @FunctionalInterface
    public interface SessionCheck {
        boolean ended(UUID organizationId, UUID sessionId);
    }

    /** A place held for a stream about to open; attach it, or release it if it does not open. */
    public final class Reservation {
        private final UUID organizationId;
        private boolean used;

        private Reservation(UUID organizationId) {
            this.organizationId = organizationId;
        }

        /** Opens the stream in the held place; from now on it is told of its organization's changes. */
        public synchronized void attach(UUID sessionId, Instant expiresAt, ChangeStream.Sink sink) {
            if (used) {
                throw new IllegalStateException("A reservation opens one stream");
            }
            used = true;
            ChangeStream stream = new ChangeStream(organizationId, sessionId, expiresAt, sink, delivery);
            Tenant tenant = tenants.get(organizationId);
            tenant.streams.add(stream);
            tenant.reserved.decrementAndGet();
            sink.whenGone(() -> gone(stream));
        }

        /** Gives the place back when the stream did not open after all. */
        public synchronized void release() {
            if (!used) {
                used = true;
                tenants.get(organizationId).reserved.decrementAndGet();
                open.decrementAndGet();
            }
        }
    }

    private static final class Tenant {
        final Set<ChangeStream> streams = ConcurrentHashMap.newKeySet();
        final AtomicInteger reserved = new AtomicInteger();
        volatile long lastChangeNumber;

        int size() {
            return streams.size() + reserved.get();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationChanges.class);
    private static final int DELIVERY_THREADS = 4;

    private final StreamSettings settings;
    private final SessionCheck sessions;
    private final Clock clock;
    private final Map<UUID, Tenant> tenants = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, daemon("spectra-live"));
    private final ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(daemon("spectra-live-sweep"));

    public OrganizationChanges(StreamSettings settings, SessionCheck sessions, Clock clock) {
        this.settings = settings;
        this.sessions = sessions;
        this.clock = clock;
        // Often enough to end a stream within a second of its token or session ending.
        long every = Math.max(
                50, Math.min(1_000, settings.heartbeatEvery().dividedBy(2).toMillis()));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /** Holds a place for one more stream of the organization, unless this instance is full. */
    public synchronized Optional<Reservation> reserve(UUID organizationId) {
        Tenant tenant = tenants.computeIfAbsent(organizationId, id -> new Tenant());
        if (tenant.size() >= settings.perOrganization() || open.get() >= settings.perInstance()) {
            return Optional.empty();
        }
        tenant.reserved.incrementAndGet();
        open.incrementAndGet();
        return Optional.of(new Reservation(organizationId));
    }

    /** The organization's change number reached {@code changeNumber} (committed). */
    public void advanced(UUID organizationId, long changeNumber) {
        Tenant tenant = tenants.get(organizationId);
        if (tenant == null) {
            return;
        }
        if (changeNumber > tenant.lastChangeNumber) {
            tenant.lastChangeNumber = changeNumber;
        }
        for (ChangeStream stream : tenant.streams) {
            stream.offer(changeNumber);
        }
    }

    /**
     * Announcements may have been missed (the listening connection was lost): every stream is told
     * to look, with the newest number this instance knows of (a bench pulls from its own checkpoint
     * anyway).
     */
    public void mayHaveMissedChanges() {
        tenants.values()
                .forEach(
                        tenant -> tenant.streams.forEach(stream -> stream.offer(Math.max(1, tenant.lastChangeNumber))));
    }

    /** Streams open on this instance (for tests and health). */
    public int openStreams() {
        return tenants.values().stream()
                .mapToInt(tenant -> tenant.streams.size())
                .sum();
    }

    /** The stream's reader went away (its connection closed): it holds no place any more. */
    void gone(ChangeStream stream) {
        Tenant tenant = tenants.get(stream.organizationId());
        if (tenant != null && tenant.streams.remove(stream)) {
            open.decrementAndGet();
        }
    }

    private void sweep() {
        try {
            Instant now = clock.instant();
            long nanos = System.nanoTime();
            long heartbeat = settings.heartbeatEvery().toNanos();
            long stuck = settings.stuckWriteLimit().toNanos();
            for (Tenant tenant : tenants.values()) {
                for (ChangeStream stream : tenant.streams) {
                    if (stream.sink().gone()) {
                        gone(stream);
                    } else if (!now.isBefore(stream.expiresAt())
                            || (stream.sessionId() != null
                                    && sessions.ended(stream.organizationId(), stream.sessionId()))) {
                        gone(stream);
                        stream.sink().close();
                    } else if (stream.stuckFor(stuck, nanos)) {
                        LOG.info(
                                "Dropping a live-update stream of {} whose reader took no data for {} s",
                                stream.organizationId(),
                                settings.stuckWriteLimit().toSeconds());
                        gone(stream);
                        stream.sink().abort();
                    } else {
                        stream.heartbeatIfQuietFor(heartbeat, nanos);
                    }
                }
            }
            synchronized (this) {
                tenants.values().removeIf(tenant -> tenant.size() == 0);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping the live-update streams failed; trying again", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        for (Tenant tenant : tenants.values()) {
            for (ChangeStream stream : tenant.streams) {
                gone(stream);
                stream.sink().close();
            }
        }
        delivery.shutdownNow();
        try {
            delivery.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
