package lab.spectra.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one PostgreSQL {@code LISTEN/NOTIFY} channel with a connection of its own (outside
 * the pool: it is held for as long as the server runs) and hands each payload to its subscriber
 * on its own thread. A lost connection is reopened with a growing pause (up to 5 s); since
 * whatever was announced meanwhile is unknown, the subscriber is told when listening stops and
 * when it starts again, and decides how to catch up.
 */
public final class NotificationListener implements AutoCloseable {

    /** What a listener tells; called on the listening thread, so each call must be quick. */
    public interface Subscriber {

        /** Listening (again): anything announced while nobody listened was missed. */
        void listening();

        /** One announcement, as committed by some transaction of some instance. */
        void heard(String payload);

        /** Not listening any more, until {@link #listening} is called again. */
        void deaf(String why);
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int WAIT_MILLIS = 250;
    private static final Duration HEALTH_CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DatabaseSettings listenAs;
    private final String channel;
    private final Subscriber subscriber;
    private volatile boolean listening;
    private volatile boolean closed;
    private Thread thread;

    /** @param channel a plain lower-case identifier; it is written into the LISTEN statement */
    public NotificationListener(DatabaseSettings listenAs, String channel, Subscriber subscriber) {
        this.listenAs = Objects.requireNonNull(listenAs, "listenAs");
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        this.channel = channel;
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    }

    public synchronized void start() {
        if (thread == null && !closed) {
            thread = new Thread(this::listen, "spectra-listen-" + channel);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether announcements are heard as they are made. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(100);
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(
                    listenAs.url(), listenAs.app().user(), listenAs.app().password())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening = true;
                subscriber.listening();
                pause = Duration.ofMillis(100);
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("Not listening on {} ({})", channel, e.getMessage());
                    if (listening) {
                        subscriber.deaf(e.getMessage());
                    }
                }
            } finally {
                listening = false;
            }
            pause = sleep(pause);
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long nextHealthCheck = System.nanoTime() + HEALTH_CHECK_EVERY.toNanos();
        while (!closed) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    subscriber.heard(notification.getParameter());
                }
            }
            if (System.nanoTime() > nextHealthCheck) {
                // A connection cut without a reset would otherwise look like a quiet channel.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                nextHealthCheck = System.nanoTime() + HEALTH_CHECK_EVERY.toNanos();
            }
        }
    }

    private Duration sleep(Duration pause) {
        if (closed) {
            return pause;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }

    @Override
    public void close() {
        closed = true;
        Thread listener;
        synchronized (this) {
            listener = thread;
        }
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
