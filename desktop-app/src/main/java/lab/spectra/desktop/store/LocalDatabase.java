package lab.spectra.desktop.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.tools.ChangeFileEncryption;

/**
 * The bench PC's own database: an H2 file in the user's data directory holding the organization's
 * domain rows (the same schema the server has, from shared-model) and the sync bookkeeping.
 * Every piece of work runs in one transaction: all of it is kept, or none.
 */
public final class LocalDatabase implements AutoCloseable {

    private static final String FILE_NAME = "bench";

    private final HikariDataSource pool;
    private final Path file;
    private final ThreadsThatMustNotWait refusedThreads = ThreadsThatMustNotWait.fromSystemProperty();

    private LocalDatabase(HikariDataSource pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /**
     * Opens (creating and migrating if needed) the encrypted database stored at {@code directory}.
     *
     * @param directory   an absolute path; H2 refuses relative ones for good reason (the working
     *                    directory of a desktop app is anyone's guess)
     * @param databaseKey the bench's database key, 64 hex digits: the file is AES-encrypted with it
     *                    and does not open without it (ADR 0012)
     */
    public static LocalDatabase open(Path directory, String databaseKey) {
        return open(directory, databaseKey, List.of());
    }

    /** As {@link #open(Path, String)}, with migrations from more places: how tests play an update. */
    static LocalDatabase open(Path directory, String databaseKey, List<String> moreMigrations) {
        if (databaseKey == null || !databaseKey.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A database key is 64 lower-case hex digits");
        }
        Path file = prepare(directory).resolve(FILE_NAME);
        return open(file, url(file) + ";CIPHER=AES", databaseKey + " ", moreMigrations);
    }

    /** Opens a database made before benches encrypted theirs, to read or encrypt it. */
    public static LocalDatabase openPlain(Path directory) {
        Path file = prepare(directory).resolve(FILE_NAME);
        return open(file, url(file), "", List.of());
    }

    /** Whether a database file exists in the directory. */
    public static boolean existsIn(Path directory) {
        return Files.exists(directory.toAbsolutePath().normalize().resolve(FILE_NAME + ".mv.db"));
    }

    /**
     * Encrypts a database made before benches encrypted theirs, in place; it must be closed.
     */
    public static void encrypt(Path directory, String databaseKey) {
        try {
            ChangeFileEncryption.execute(
                    directory.toAbsolutePath().normalize().toString(),
                    FILE_NAME,
                    "AES",
                    null,
                    databaseKey.toCharArray(),
                    true);
        } catch (SQLException e) {
            throw new DataAccessException("The local database could not be encrypted: " + e.getMessage(), e);
        }
    }

    private static Path prepare(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot create the local data folder " + absolute + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    /**
     * {@code WRITE_DELAY=0}: a commit reaches the file before it returns. H2's default keeps
     * committed changes in memory for up to half a second, and a bench killed in that window (a
     * crash, a power cut, kill -9) came back without commands its person had seen saved — found by
     * the kill -9 scenarios of issue 21, seed 9100.
     */
    private static String url(Path file) {
        return "jdbc:h2:file:" + file + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static LocalDatabase open(Path file, String url, String password, List<String> moreMigrations) {
        ThreadsThatMustNotWait.fromSystemProperty().check();
        List<String> locations = new ArrayList<>(List.of("classpath:db/domain", "classpath:db/local"));
        locations.addAll(moreMigrations);
        Flyway flyway = Flyway.configure()
                .dataSource(url, "bench", password)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("json", "JSON"))
                .load();
        migrateOrLeaveAsItWas(flyway, file);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("bench");
        config.setPassword(password);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(4);
        config.setPoolName("bench-h2");
        return new LocalDatabase(new HikariDataSource(config), file);
    }

    /**
     * Migrates a new release's schema. H2 commits each DDL statement, so a script failing halfway
     * would leave the data half converted, with the changes waiting to be sent in it. When there
     * is something to migrate in an existing file, the file is copied first (every connection is
     * closed then) and put back if the migration fails: the bench is as it was before the update,
     * and says so (issue 22).
     */
    private static void migrateOrLeaveAsItWas(Flyway flyway, Path file) {
        Path data = Path.of(file + ".mv.db");
        if (!Files.exists(data) || flyway.info().pending().length == 0) {
            flyway.migrate();
            return;
        }
        Path before = Path.of(file + ".before-update.mv.db");
        try {
            Files.copy(data, before, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BenchUpdateFailedException(
                    "This PC's data could not be copied before the update converts it (" + e.getMessage()
                            + "); nothing was changed. Free some disk space and start SPECTRA-Lab again",
                    e);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            try {
                Files.move(before, data, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException restoring) {
                e.addSuppressed(restoring);
                throw new BenchUpdateFailedException(
                        "This version of SPECTRA-Lab could not convert the data on this PC, and the copy taken"
                                + " before it could not be put back: it is " + before + ". Ask the lab's admin"
                                + " before starting SPECTRA-Lab again",
                        e);
            }
            throw new BenchUpdateFailedException(
                    "This version of SPECTRA-Lab could not convert the data on this PC (" + e.getMessage()
                            + "). The data is as it was before the update, with every change waiting to be sent:"
                            + " install the previous version again, or ask the lab's admin",
                    e);
        }
        try {
            Files.deleteIfExists(before);
        } catch (IOException e) {
            // A stale copy costs disk space, not data; the next update replaces it.
        }
    }

    public SqlDialect dialect() {
        return SqlDialect.H2;
    }

    public Path file() {
        return file;
    }

    /** @throws IllegalStateException on a thread that must not wait for it (see {@link ThreadsThatMustNotWait}) */
    public <T> T transaction(LocalSqlWork<T> work) {
        refusedThreads.check();
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

    /**
     * Runs {@code work} with H2's page cache raised to {@code megabytes}, then sets it back. A
     * large transaction (the initial load, ADR 0032) that outgrows the cache has its uncommitted
     * pages written to the encrypted file and read back and decrypted at commit, which costs more
     * than the load itself. The setting is the database's, persistent, and commits the connection
     * that sets it, so it is changed on a connection of its own, outside the work's transaction.
     */
    public <T> T withPageCache(int megabytes, Supplier<T> work) {
        int previous = transaction(LocalDatabase::pageCacheMegabytes);
        if (previous >= megabytes) {
            return work.get();
        }
        setPageCache(megabytes);
        try {
            return work.get();
        } finally {
            setPageCache(previous);
        }
    }

    private static int pageCacheMegabytes(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Integer.parseInt(row.getString(1).strip()) : Integer.MAX_VALUE;
        }
    }

    private void setPageCache(int megabytes) {
        transaction(connection -> {
            try (Statement set = connection.createStatement()) {
                set.execute("SET CACHE_SIZE " + megabytes * 1024);
            }
            return null;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
