package lab.spectra.server.auth;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lab.spectra.server.auth.login.LoginThrottle;
import lab.spectra.server.auth.session.RefreshTokens;
import lab.spectra.server.auth.session.SessionRevocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges what sign-in leaves behind, on a schedule: refresh tokens long expired, throttle counts
 * that no longer count, ended sessions too old to matter in this instance's memory. Every
 * instance runs it; each step is an idempotent delete, so running it twice at once is harmless.
 */
public final class AuthHousekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuthHousekeeping.class);

    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final SessionRevocations sessions;
    private final ScheduledExecutorService scheduler;
    private final ScheduledFuture<?> rounds;

    public AuthHousekeeping(
            RefreshTokens refreshTokens, LoginThrottle throttle, SessionRevocations sessions, Duration every) {
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.sessions = sessions;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spectra-auth-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        this.rounds = scheduler.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One round; returns how many rows it removed from the database. */
    public int run() {
        int tokens = refreshTokens.purgeExpired();
        int counts = throttle.purge();
        sessions.forgetOld();
        if (tokens > 0 || counts > 0) {
            LOG.info("Housekeeping removed {} expired refresh tokens and {} stale throttle counts", tokens, counts);
        }
        return tokens + counts;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            // The next round tries again; a failed purge loses nothing.
            LOG.warn("Housekeeping failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        rounds.cancel(false);
        scheduler.shutdownNow();
    }
}
