package lab.spectra.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the application role's pool, waiting for the database with growing pauses: at start-up
 * the server is often launched together with its database, which may need a moment.
 */
public final class ConnectionPools {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPools.class);

    private ConnectionPools() {}

    public static HikariDataSource openApplicationPool(
            DatabaseSettings settings, int maximumSize, Duration giveUpAfter) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.appUser());
        config.setPassword(settings.appPassword());
        config.setMaximumPoolSize(maximumSize);
        config.setPoolName("spectra-app");
        config.setAutoCommit(false);
        config.setInitializationFailTimeout(1);
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (HikariPool.PoolInitializationException e) {
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    throw new IllegalStateException(
                            "The database at " + settings.url() + " did not answer within " + giveUpAfter.toSeconds()
                                    + " s: " + e.getMessage(),
                            e);
                }
                LOG.warn("Database not reachable yet ({}); retrying in {} ms", e.getMessage(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(8)) > 0
                        ? Duration.ofSeconds(8)
                        : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
