package lab.spectra.server.auth.login;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import lab.spectra.server.db.ConnectionPools;
import lab.spectra.server.db.Database;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.TestClock;

/**
 * A {@link LoginThrottle} on a fresh PostgreSQL database (as the application role) with a clock
 * the test moves, emptied before each test. For the throttle's own tests.
 */
final class ThrottleOnPostgres implements AutoCloseable {

    final TestClock clock = new TestClock();
    final PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
    final Database database = new Database(
            ConnectionPools.openApplicationPool(postgres.settings(), 4, Duration.ofSeconds(10)),
            postgres.settings().dialect());
    final LoginThrottle throttle = new LoginThrottle(database, LoginThrottleSettings.DEFAULTS, clock);

    /** A fresh start: no counts, the clock back at its start. */
    void reset() {
        clock.set(TestClock.START);
        try (Connection connection = postgres.appConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM login_verdicts");
            statement.execute("DELETE FROM login_failures");
            statement.execute("DELETE FROM login_accounts");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wrong passwords: each attempt must be allowed, and is then not followed by a success. */
    void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            ThrottleDecision decision = throttle.reserve(email, address);
            if (!(decision instanceof ThrottleDecision.Allowed)) {
                throw new AssertionError("Attempt " + (i + 1) + " was not allowed: " + decision);
            }
        }
    }

    long rows(String table) {
        try (Connection connection = postgres.appConnection();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
        postgres.close();
    }
}
