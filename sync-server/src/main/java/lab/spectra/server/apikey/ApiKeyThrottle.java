package lab.spectra.server.apikey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.auth.login.LoginThrottleSettings;
import lab.spectra.server.db.Database;

/**
 * Slows down guessing API keys: failed keys are counted per client address in the sign-in
 * throttle's table ({@code login_failures}, under an account name of their own), so every server
 * instance on the database sees the same counts and the sign-in housekeeping forgets them. After
 * {@code pairFailureLimit} failures the address is blocked (doubling up to {@code maxBlock}), for
 * every key it presents: a guesser does not get to try the next one.
 *
 * <p>A valid key does not clear the count, unlike a correct password: someone holding one key
 * must not be able to reset their guessing at another.
 */
public final class ApiKeyThrottle {

    /** The account name the key failures are counted under; no e-mail hash has this shape. */
    static final String ACCOUNT = "api-keys";

    private static final int MAX_ADDRESS_CHARS = 64;

    private final Database database;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    public ApiKeyThrottle(Database database, LoginThrottleSettings settings, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long the address must still wait, if it is blocked now. */
    public Optional<Duration> blockFor(String clientAddress) {
        Instant now = now();
        return database.withoutTenant(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT blocked_until FROM login_failures" + " WHERE account_key = ? AND client_address = ?")) {
                select.setString(1, ACCOUNT);
                select.setString(2, address(clientAddress));
                try (ResultSet row = select.executeQuery()) {
                    Instant until = row.next() ? instant(row, 1) : null;
                    return until != null && now.isBefore(until)
                            ? Optional.of(Duration.between(now, until))
                            : Optional.<Duration>empty();
                }
            }
        });
    }

    /** Counts a failed key from the address, blocking it once it reaches the limit. */
    public void failed(String clientAddress) {
        String address = address(clientAddress);
        Instant now = now();
        database.withoutTenant(connection -> {
            ensureRow(connection, address, now);
            try (PreparedStatement select = connection.prepareStatement("SELECT failures, last_failure_at,"
                    + " blocked_until FROM login_failures WHERE account_key = ? AND client_address = ? FOR UPDATE")) {
                select.setString(1, ACCOUNT);
                select.setString(2, address);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    int failures = row.getInt(1);
                    Instant lastFailure = instant(row, 2);
                    Instant blockedUntil = instant(row, 3);
                    Instant quietSince =
                            blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
                    if (failures > 0 && !now.isBefore(quietSince.plus(settings.failureWindow()))) {
                        failures = 0;
                        blockedUntil = null;
                    }
                    failures++;
                    if (failures >= settings.pairFailureLimit()) {
                        blockedUntil = now.plus(settings.blockAfter(failures - settings.pairFailureLimit()));
                    }
                    try (PreparedStatement update = connection.prepareStatement("UPDATE login_failures"
                            + " SET failures = ?, last_failure_at = ?, blocked_until = ?"
                            + " WHERE account_key = ? AND client_address = ?")) {
                        update.setInt(1, failures);
                        update.setObject(2, time(now));
                        update.setObject(3, time(blockedUntil));
                        update.setString(4, ACCOUNT);
                        update.setString(5, address);
                        update.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The address's row, made with nothing counted if it is not there; two makers do not collide. */
    private void ensureRow(Connection connection, String address, Instant now) throws SQLException {
        boolean postgres = database.dialect() == SqlDialect.POSTGRESQL;
        String sql = postgres
                ? "INSERT INTO login_failures (account_key, client_address, failures, last_failure_at)"
                        + " VALUES (?, ?, 0, ?) ON CONFLICT (account_key, client_address) DO NOTHING"
                : "INSERT INTO login_failures (account_key, client_address, failures, last_failure_at)"
                        + " SELECT ?, ?, 0, ? FROM (VALUES (1)) WHERE NOT EXISTS (SELECT 1 FROM login_failures"
                        + " WHERE account_key = ? AND client_address = ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, ACCOUNT);
            insert.setString(2, address);
            insert.setObject(3, time(now));
            if (!postgres) {
                insert.setString(4, ACCOUNT);
                insert.setString(5, address);
            }
            insert.executeUpdate();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String address(String clientAddress) {
        String address = clientAddress == null ? "unknown" : clientAddress.strip();
        return address.length() > MAX_ADDRESS_CHARS ? address.substring(0, MAX_ADDRESS_CHARS) : address;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
