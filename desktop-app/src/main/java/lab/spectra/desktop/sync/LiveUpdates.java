package lab.spectra.desktop.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.SessionCalls;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's live-update stream ({@code GET /sync/events}, ADR 0034) open while someone is
 * signed in and the server can be reached, and asks the scheduler for a sync the moment the
 * server announces a change. When the stream drops, the scheduler polls again and the stream is
 * reopened with a growing pause; a stream that ended because its access token expired is
 * reopened at once with a renewed one. Runs on a thread of its own; never on the JavaFX thread.
 */
public final class LiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    /** The server comments every 15 s on a quiet stream: silence for this long means a dead connection. */
    private static final Duration SILENCE_LIMIT = Duration.ofSeconds(45);
    /** A stream that stayed open this long was healthy: its end is not a failure to back off from. */
    private static final Duration HEALTHY_AFTER = Duration.ofSeconds(10);

    private static final Duration NOBODY_SIGNED_IN_PAUSE = Duration.ofMillis(500);

    private final URI events;
    private final Sessions sessions;
    private final SessionCalls calls;
    private final SyncEngine engine;
    private final SyncScheduler scheduler;
    private final Backoff backoff;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread thread = new Thread(this::run, "live-updates");
    private volatile boolean closed;
    private volatile Stream<String> current;
    private volatile long lastHeardNanos;

    /** @param server where the stream is (the sync server's address) */
    public LiveUpdates(
            URI server,
            Sessions sessions,
            SessionCalls calls,
            SyncEngine engine,
            SyncScheduler scheduler,
            Backoff backoff) {
        this.events = Objects.requireNonNull(server, "server").resolve("/sync/events");
        this.sessions = sessions;
        this.calls = calls;
        this.engine = engine;
        this.scheduler = scheduler;
        this.backoff = backoff;
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
        long check = SILENCE_LIMIT.toMillis() / 3;
        watchdog.scheduleWithFixedDelay(this::cutIfSilent, check, check, TimeUnit.MILLISECONDS);
    }

    private void run() {
        int failures = 0;
        while (!closed) {
            Optional<ServerSession> session = sessions.all().stream().findFirst();
            if (session.isEmpty()) {
                pause(NOBODY_SIGNED_IN_PAUSE);
                continue;
            }
            long opened = System.nanoTime();
            try {
                listen(session.get());
            } catch (NotSignedInException e) {
                LOG.info("Live updates wait for a sign-in: {}", e.getMessage());
            } catch (ServerRefusedException e) {
                // An older server without the stream, or one holding all the streams it allows.
                LOG.info("The server offers no live updates now ({}); polling instead", e.getMessage());
            } catch (ServerUnreachableException | UncheckedIOException e) {
                LOG.debug("Live updates interrupted: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Live updates failed; polling instead", e);
            } finally {
                current = null;
                engine.liveUpdates(false);
                scheduler.liveUpdates(false);
            }
            boolean healthy = System.nanoTime() - opened > HEALTHY_AFTER.toNanos();
            failures = healthy ? 0 : failures + 1;
            if (failures > 0) {
                pause(backoff.after(failures));
            }
        }
    }

    /** Opens the stream with the session (renewing an expired token once) and reads it to its end. */
    private void listen(ServerSession session) {
        Stream<String> lines = calls.call(session, "to receive live updates", this::open);
        current = lines;
        lastHeardNanos = System.nanoTime();
        engine.liveUpdates(true);
        scheduler.liveUpdates(true);
        try (lines) {
            Iterator<String> each = lines.iterator();
            while (!closed && each.hasNext()) {
                String line = each.next();
                lastHeardNanos = System.nanoTime();
                if (line.startsWith("data:")) {
                    scheduler.announced();
                }
            }
        }
    }

    private Stream<String> open(ServerSession session) {
        HttpRequest request = HttpRequest.newBuilder(events)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + session.accessToken())
                .GET()
                .build();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "The live-update stream cannot be reached (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("Live updates were stopped", e);
        }
        if (response.statusCode() == 200) {
            return response.body();
        }
        response.body().close();
        if (response.statusCode() == 401) {
            throw new NotSignedInException("The live-update stream needs a fresh sign-in");
        }
        throw new ServerRefusedException(
                response.statusCode(), "http_" + response.statusCode(), "The live-update stream was refused");
    }

    /** A connection that went quiet without closing (a cable pulled somewhere) is cut, and reopened. */
    private void cutIfSilent() {
        Stream<String> open = current;
        if (open != null && System.nanoTime() - lastHeardNanos > SILENCE_LIMIT.toNanos()) {
            LOG.info("The live-update stream went silent; reconnecting");
            open.close();
        }
    }

    private void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        Stream<String> open = current;
        if (open != null) {
            open.close();
        }
        // No waiting for the thread: this may be called on the JavaFX thread.
        thread.interrupt();
    }
}
