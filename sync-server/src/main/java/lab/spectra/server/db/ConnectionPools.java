package lab.spectra.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the server's connection pools, waiting for the database with growing pauses: at start-up
 * the server is often launched together with its database, which may need a moment.
 */
public final class ConnectionPools {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPools.class);

    private ConnectionPools() {}

    /** Connections as the application role, which serves requests. */
    public static HikariDataSource openApplicationPool(
            DatabaseSettings settings, int maximumSize, Duration giveUpAfter) {
        return open(settings.url(), settings.app(), "spectra-app", maximumSize, giveUpAfter);
    }

    /** Connections as the login role, which may only call the pre-tenant look-ups. */
    public static HikariDataSource openLoginPool(DatabaseSettings settings, int maximumSize, Duration giveUpAfter) {
        return open(settings.url(), settings.login(), "spectra-login", maximumSize, giveUpAfter);
    }

    /** Connections as the owner, for the operator's commands that read across tenants. */
    public static HikariDataSource openOwnerPool(
            DatabaseSettings settings, DatabaseSettings.Credentials owner, int maximumSize, Duration giveUpAfter) {
        return open(settings.url(), owner, "spectra-owner", maximumSize, giveUpAfter);
    }

    private static HikariDataSource open(
            String url, DatabaseSettings.Credentials role, String name, int maximumSize, Duration giveUpAfter) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(role.user());
        config.setPassword(role.password());
        config.setMaximumPoolSize(maximumSize);
        config.setPoolName(name);
        config.setAutoCommit(false);
        if (url.startsWith("jdbc:postgresql:")) {
            // A batch of inserts (a push's change-log rows and answers) goes as multi-row inserts.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setInitializationFailTimeout(1);
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (HikariPool.PoolInitializationException e) {
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    throw new IllegalStateException(
                            "The database at " + url + " did not answer within " + giveUpAfter.toSeconds() + " s: "
                                    + e.getMessage(),
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
