package lab.spectra.server.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.SqlDialect;

/**
 * The application's way into the database: pooled connections as the application role, always
 * inside a transaction, and - for tenant data - always with the tenant set first (ADR 0002).
 * There is deliberately no way to get a bare connection.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final SqlDialect dialect;

    public Database(HikariDataSource pool, SqlDialect dialect) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Runs the work in one transaction of the given organization. On PostgreSQL the tenant is set
     * with {@code SET LOCAL} semantics, so it ends with the transaction and a pooled connection
     * never carries it into another request.
     */
    public <T> T inTenant(UUID organizationId, SqlWork<T> work) {
        Objects.requireNonNull(organizationId, "organizationId");
        return inTransaction(connection -> {
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

    /** A transaction with no tenant: on PostgreSQL it sees no tenant rows at all. */
    public <T> T withoutTenant(SqlWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database transaction failed", e);
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
        pool.close();
    }
}
