package lab.spectra.desktop.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.SqlDialect;
import org.flywaydb.core.Flyway;

/**
 * The bench PC's own database: an H2 file in the user's data directory holding the organization's
 * domain rows (the same schema the server has, from shared-model) and the sync bookkeeping.
 * Every piece of work runs in one transaction: all of it is kept, or none.
 */
public final class LocalDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final Path file;

    private LocalDatabase(HikariDataSource pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /**
     * Opens (creating and migrating if needed) the database stored at {@code directory}.
     *
     * @param directory an absolute path; H2 refuses relative ones for good reason (the working
     *                  directory of a desktop app is anyone's guess)
     */
    public static LocalDatabase open(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot create the local data folder " + absolute + ": " + e.getMessage(), e);
        }
        Path file = absolute.resolve("bench");
        String url = "jdbc:h2:file:" + file + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure()
                .dataSource(url, "bench", "")
                .locations("classpath:db/domain", "classpath:db/local")
                .placeholders(Map.of("json", "JSON"))
                .load()
                .migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("bench");
        config.setPassword("");
        config.setAutoCommit(false);
        config.setMaximumPoolSize(4);
        config.setPoolName("bench-h2");
        return new LocalDatabase(new HikariDataSource(config), file);
    }

    public SqlDialect dialect() {
        return SqlDialect.H2;
    }

    public Path file() {
        return file;
    }

    public <T> T transaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("The local database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
