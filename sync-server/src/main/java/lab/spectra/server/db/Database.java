package lab.spectra.server.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.SqlDialect;

/**
 * The application's way into the database: pooled connections as the application role, always
 * inside a transaction, and - for tenant data - always with the tenant set first (ADR 0002).
 * There is deliberately no way to get a bare connection. The few look-ups that must work before a
 * tenant is known run as a separate login role ({@link #asLoginRole}), the only role allowed to
 * call them.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final HikariDataSource loginPool;
    private final SqlDialect dialect;
    private final TenantActivity activity;
    private volatile CommittedChanges.Listener committedChanges = (organization, changeNumber) -> {};

    /** Application role only: {@link #asLoginRole} uses the same connections. */
    public Database(HikariDataSource pool, SqlDialect dialect) {
        this(pool, pool, dialect, new TenantActivity());
    }

    public Database(HikariDataSource pool, HikariDataSource loginPool, SqlDialect dialect, TenantActivity activity) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.loginPool = Objects.requireNonNull(loginPool, "loginPool");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /**
     * Connects as the server does: a pool of the application role and a small one of the login
     * role (the same pool when both are one user, as on H2).
     */
    public static Database connect(
            DatabaseSettings settings, int poolSize, Duration giveUpAfter, TenantActivity activity) {
        HikariDataSource app = ConnectionPools.openApplicationPool(settings, poolSize, giveUpAfter);
        if (settings.login().equals(settings.app())) {
            return new Database(app, app, settings.dialect(), activity);
        }
        try {
            HikariDataSource login = ConnectionPools.openLoginPool(settings, 2, giveUpAfter);
            return new Database(app, login, settings.dialect(), activity);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /**
     * Reports the pools to {@code registry} through HikariCP's own tracker: connections active,
     * idle, pending and maximum, waits that timed out, and how long a connection took to get and
     * was held, per pool ({@code spectra-app}, {@code spectra-login}). Once per pool.
     */
    public void meterPools(MeterRegistry registry) {
        pool.setMetricRegistry(registry);
        if (loginPool != pool) {
            loginPool.setMetricRegistry(registry);
        }
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Where appends to an audit trail are noted for the checkpointer. */
    public TenantActivity auditActivity() {
        return activity;
    }

    /**
     * Tells {@code listener} of every organization's change number advanced by a transaction of
     * this database, once that transaction has committed (in-process; on H2 there is no {@code
     * LISTEN/NOTIFY}). Called on the committing thread: the listener must be quick.
     */
    public void tellCommittedChangesTo(CommittedChanges.Listener listener) {
        this.committedChanges = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs the work in one transaction of the given organization. On PostgreSQL the tenant is set
     * with {@code SET LOCAL} semantics, so it ends with the transaction and a pooled connection
     * never carries it into another request.
     */
    public <T> T inTenant(UUID organizationId, TransactionWork<T> work) {
        Objects.requireNonNull(organizationId, "organizationId");
        return inTransaction(pool, connection -> {
            if (dialect == SqlDialect.POSTGRESQL) {
                try (PreparedStatement set =
                        connection.prepareStatement("SELECT set_config('app.current_org_id', ?, true)")) {
                    set.setString(1, organizationId.toString());
                    set.execute();
                }
            }
            return work.run(connection);
        });
    }

    /**
     * As {@link #inTenant}, read-only and at repeatable-read isolation: every query of the work
     * sees the same snapshot, so a long read (an export of every table) is consistent with itself
     * while others keep writing.
     */
    public <T> T inTenantSnapshot(UUID organizationId, TransactionWork<T> work) {
        Objects.requireNonNull(organizationId, "organizationId");
        try (Connection connection = pool.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                if (dialect == SqlDialect.POSTGRESQL) {
                    try (PreparedStatement set =
                            connection.prepareStatement("SELECT set_config('app.current_org_id', ?, true)")) {
                        set.setString(1, organizationId.toString());
                        set.execute();
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database transaction failed", e);
        }
    }

    /** A transaction with no tenant: on PostgreSQL it sees no tenant rows at all. */
    public <T> T withoutTenant(TransactionWork<T> work) {
        return inTransaction(pool, work);
    }

    /**
     * A transaction as the login role. On PostgreSQL that role can read no table; it may only call
     * the definer functions of the sign-in path: {@code spectra_find_login}, the refresh-token and
     * user tenant look-ups, and {@code spectra_purge_refresh_tokens}.
     */
    public <T> T asLoginRole(TransactionWork<T> work) {
        return inTransaction(loginPool, work);
    }

    private <T> T inTransaction(DataSource source, TransactionWork<T> work) {
        CommittedChanges changes = CommittedChanges.begin();
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                changes.committed(committedChanges);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database transaction failed", e);
        } finally {
            changes.end();
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        if (loginPool != pool) {
            loginPool.close();
        }
        pool.close();
    }
}
