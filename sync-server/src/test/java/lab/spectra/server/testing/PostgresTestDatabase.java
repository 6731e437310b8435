package lab.spectra.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated PostgreSQL database for one test class, dropped afterwards. The schema is
 * built as the owner role; the returned settings connect the application as the non-superuser
 * application role and the sign-in look-ups as the login role, exactly as in production.
 * `.ci/setup-postgres.sh` creates the roles.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String SERVER = env("SPECTRA_TEST_PG_SERVER", "jdbc:postgresql://localhost:5432/");
    private static final String OWNER = env("SPECTRA_TEST_PG_OWNER", "spectra_owner");
    private static final String OWNER_PASSWORD = env("SPECTRA_TEST_PG_OWNER_PASSWORD", "owner-secret");
    private static final String APP = env("SPECTRA_TEST_PG_APP", "spectra_app");
    private static final String APP_PASSWORD = env("SPECTRA_TEST_PG_APP_PASSWORD", "app-secret");
    private static final String LOGIN = env("SPECTRA_TEST_PG_LOGIN", "spectra_login");
    private static final String LOGIN_PASSWORD = env("SPECTRA_TEST_PG_LOGIN_PASSWORD", "login-secret");

    private final String name;
    private final DatabaseSettings settings;

    private PostgresTestDatabase(String name) {
        this.name = name;
        this.settings = DatabaseSettings.of(
                SERVER + name,
                new DatabaseSettings.Credentials(APP, APP_PASSWORD),
                new DatabaseSettings.Credentials(LOGIN, LOGIN_PASSWORD),
                new DatabaseSettings.Credentials(OWNER, OWNER_PASSWORD));
    }

    public static PostgresTestDatabase createMigrated() {
        PostgresTestDatabase database = createEmpty();
        Migrations.migrate(database.settings);
        return database;
    }

    /** A database with no schema yet, e.g. to migrate it in steps as an upgrade does. */
    public static PostgresTestDatabase createEmpty() {
        String name = "spectra_t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(SERVER + "spectra", OWNER, OWNER_PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create a test database; did .ci/setup-postgres.sh run? " + e.getMessage(), e);
        }
        return new PostgresTestDatabase(name);
    }

    /**
     * Migrates only up to {@code version}, as a database made by an older server is; {@link
     * Migrations#migrate} brings it up to date afterwards, as an upgrade does.
     */
    public void migrateTo(String version) {
        DatabaseSettings.Credentials owner = settings.owner().orElseThrow();
        Flyway.configure()
                .dataSource(settings.url(), owner.user(), owner.password())
                .locations("classpath:db/domain", "classpath:db/migration/common", "classpath:db/migration/postgresql")
                .placeholders(Map.of("json", "jsonb", "app_role", APP, "login_role", LOGIN))
                .target(version)
                .load()
                .migrate();
    }

    /** Connects the application role, as the server does. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** The table owner, for tests that play a DBA tampering with data. */
    /** Gathers the planner's statistics for a table filled a moment ago, as autovacuum would in time. */
    public void analyze(String table) throws SQLException {
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("ANALYZE " + table);
        }
    }

    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(settings.url(), OWNER, OWNER_PASSWORD);
    }

    /** A raw connection as the login role, which may only call the sign-in path's look-ups. */
    public Connection loginConnection() throws SQLException {
        return DriverManager.getConnection(settings.url(), LOGIN, LOGIN_PASSWORD);
    }

    /** A raw connection as another role of the test cluster (see .ci/setup-postgres.sh). */
    public Connection connectionAs(String role, String password) throws SQLException {
        return DriverManager.getConnection(settings.url(), role, password);
    }

    /** A raw connection as the application role, for tests that attack row-level security directly. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(settings.url(), APP, APP_PASSWORD);
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(SERVER + "spectra", OWNER, OWNER_PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
