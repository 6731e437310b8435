package lab.spectra.server.auth.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;

/**
 * Slows down password guessing, with every count kept in the database so that all server
 * instances on it enforce one policy (no instance has a throttle of its own to get around):
 * <ul>
 *   <li><b>per (account, client address)</b>: after {@code pairFailureLimit} failures the pair is
 *       blocked, first for {@code firstBlock}, then twice as long after each further failure, up to
 *       {@code maxBlock}. Only that pair: a colleague guessing at someone's account from their own
 *       bench blocks themselves, not the owner at theirs.</li>
 *   <li><b>per account</b>: at most {@code accountVerdictLimit} password checks within
 *       {@code verdictWindow} from all addresses together, right or wrong, which bounds a guesser
 *       with many addresses, and locks the owner out for at most that window.</li>
 * </ul>
 *
 * <p>Check and count are one step ({@link #reserve}): under a row lock on the account, the
 * attempt is decided and, if allowed, counted as a failure and a verdict before the password is
 * even looked at. So thirty simultaneous guesses cannot all pass a check that none of them has
 * counted yet. A correct password then clears the pair's failures ({@link #succeeded}).
 *
 * <p>Accounts are named by the SHA-256 of the normalized e-mail address, and addresses without an
 * account are throttled exactly like real ones, so a 429 does not reveal whether an account exists.
 */
public final class LoginThrottle {

    private static final int MAX_ADDRESS_CHARS = 64;

    private final Database database;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    public LoginThrottle(Database database, LoginThrottleSettings settings, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Decides an attempt and, when it may go ahead, counts it (see the class comment). */
    public ThrottleDecision reserve(String email, String clientAddress) {
        String account = accountKey(email);
        String address = address(clientAddress);
        Instant now = now();
        return database.withoutTenant(connection -> {
            lockAccount(connection, account, now);
            Pair pair = pair(connection, account, address, now);
            if (pair.blockedUntil() != null && now.isBefore(pair.blockedUntil())) {
                return new ThrottleDecision.Blocked(Duration.between(now, pair.blockedUntil()));
            }
            Instant oldestVerdict = oldestVerdictInWindow(connection, account, now);
            if (oldestVerdict != null) {
                return new ThrottleDecision.Blocked(
                        roundedUp(Duration.between(now, oldestVerdict.plus(settings.verdictWindow()))));
            }
            int failures = pair.failures() + 1;
            Instant blockedUntil = failures >= settings.pairFailureLimit()
                    ? now.plus(settings.blockAfter(failures - settings.pairFailureLimit()))
                    : null;
            savePair(connection, account, address, pair.exists(), failures, now, blockedUntil);
            UUID verdict = recordVerdict(connection, account, now);
            return new ThrottleDecision.Allowed(
                    new Reservation(account, address, verdict, pair.blockedUntil(), blockedUntil));
        });
    }

    /**
     * What {@link #reserve} counted for one attempt, so that it can be taken back.
     *
     * @param previousBlock the pair's block before this attempt (null if none)
     * @param block         the block this attempt set (null if none)
     */
    public record Reservation(
            String accountKey, String address, UUID verdictId, Instant previousBlock, Instant block) {}

    /**
     * Takes back an attempt that was counted but never made (the server was too busy to check the
     * password): neither its failure nor its verdict counts against anyone.
     */
    public void release(Reservation reservation) {
        database.withoutTenant(connection -> {
            lockAccount(connection, reservation.accountKey(), now());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM login_verdicts WHERE id = ?")) {
                delete.setObject(1, reservation.verdictId());
                delete.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT failures, blocked_until"
                    + " FROM login_failures WHERE account_key = ? AND client_address = ?")) {
                select.setString(1, reservation.accountKey());
                select.setString(2, reservation.address());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || row.getInt(1) == 0) {
                        return null;
                    }
                    Instant block = instant(row, 2);
                    // Later attempts may have moved the block on; only this attempt's own is undone.
                    Instant restored = Objects.equals(block, reservation.block()) ? reservation.previousBlock() : block;
                    try (PreparedStatement update = connection.prepareStatement("UPDATE login_failures"
                            + " SET failures = failures - 1, blocked_until = ?"
                            + " WHERE account_key = ? AND client_address = ?")) {
                        update.setObject(1, time(restored));
                        update.setString(2, reservation.accountKey());
                        update.setString(3, reservation.address());
                        update.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The password was right: the pair starts afresh. The account's verdict still counts. */
    public void succeeded(String email, String clientAddress) {
        String account = accountKey(email);
        String address = address(clientAddress);
        Instant now = now();
        database.withoutTenant(connection -> {
            lockAccount(connection, account, now);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM login_failures WHERE account_key = ? AND client_address = ?")) {
                delete.setString(1, account);
                delete.setString(2, address);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Deletes counts that no longer matter: verdicts older than the window, failures forgotten,
     * accounts nobody tried for a while. Housekeeping; returns how many rows it removed.
     */
    public int purge() {
        Instant now = now();
        Instant failuresCutoff = now.minus(settings.failureWindow());
        return database.withoutTenant(connection -> {
            int removed = 0;
            try (PreparedStatement verdicts =
                    connection.prepareStatement("DELETE FROM login_verdicts WHERE decided_at <= ?")) {
                verdicts.setObject(1, time(now.minus(settings.verdictWindow())));
                removed += verdicts.executeUpdate();
            }
            try (PreparedStatement failures = connection.prepareStatement("DELETE FROM login_failures"
                    + " WHERE last_failure_at <= ? AND (blocked_until IS NULL OR blocked_until <= ?)")) {
                failures.setObject(1, time(failuresCutoff));
                failures.setObject(2, time(failuresCutoff));
                removed += failures.executeUpdate();
            }
            try (PreparedStatement accounts =
                    connection.prepareStatement("DELETE FROM login_accounts WHERE last_attempt_at <= ? AND NOT EXISTS"
                            + " (SELECT 1 FROM login_failures f WHERE f.account_key = login_accounts.account_key)")) {
                accounts.setObject(1, time(failuresCutoff));
                removed += accounts.executeUpdate();
            }
            return removed;
        });
    }

    private record Pair(boolean exists, int failures, Instant blockedUntil) {}

    /** Creates the account's row if needed and locks it until the transaction ends. */
    private void lockAccount(Connection connection, String account, Instant now) throws SQLException {
        String sql = database.dialect() == SqlDialect.POSTGRESQL
                ? "INSERT INTO login_accounts (account_key, last_attempt_at) VALUES (?, ?)"
                        + " ON CONFLICT (account_key) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at"
                : "MERGE INTO login_accounts (account_key, last_attempt_at) KEY (account_key) VALUES (?, ?)";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, account);
            upsert.setObject(2, time(now));
            upsert.executeUpdate();
        }
    }

    /** The pair's failures that still count (none once forgotten) and its block, if any. */
    private Pair pair(Connection connection, String account, String address, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT failures, last_failure_at, blocked_until"
                + " FROM login_failures WHERE account_key = ? AND client_address = ?")) {
            select.setString(1, account);
            select.setString(2, address);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Pair(false, 0, null);
                }
                int failures = row.getInt(1);
                Instant lastFailure = instant(row, 2);
                Instant blockedUntil = instant(row, 3);
                Instant quietSince =
                        blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
                if (!now.isBefore(quietSince.plus(settings.failureWindow()))) {
                    return new Pair(true, 0, null);
                }
                return new Pair(true, failures, blockedUntil);
            }
        }
    }

    /** The oldest verdict of the window when the account has used up its verdicts, else null. */
    private Instant oldestVerdictInWindow(Connection connection, String account, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*), min(decided_at) FROM login_verdicts WHERE account_key = ? AND decided_at > ?")) {
            select.setString(1, account);
            select.setObject(2, time(now.minus(settings.verdictWindow())));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) >= settings.accountVerdictLimit() ? instant(row, 2) : null;
            }
        }
    }

    private static void savePair(
            Connection connection,
            String account,
            String address,
            boolean exists,
            int failures,
            Instant now,
            Instant blockedUntil)
            throws SQLException {
        String sql = exists
                ? "UPDATE login_failures SET failures = ?, last_failure_at = ?, blocked_until = ?"
                        + " WHERE account_key = ? AND client_address = ?"
                : "INSERT INTO login_failures (failures, last_failure_at, blocked_until, account_key, client_address)"
                        + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement save = connection.prepareStatement(sql)) {
            save.setInt(1, failures);
            save.setObject(2, time(now));
            save.setObject(3, time(blockedUntil));
            save.setString(4, account);
            save.setString(5, address);
            save.executeUpdate();
        }
    }

    private UUID recordVerdict(Connection connection, String account, Instant now) throws SQLException {
        UUID id = Ids.newId();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO login_verdicts (id, account_key, decided_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, account);
            insert.setObject(3, time(now));
            insert.executeUpdate();
        }
        try (PreparedStatement prune =
                connection.prepareStatement("DELETE FROM login_verdicts WHERE account_key = ? AND decided_at <= ?")) {
            prune.setString(1, account);
            prune.setObject(2, time(now.minus(settings.verdictWindow())));
            prune.executeUpdate();
        }
        return id;
    }

    /** Whole microseconds, as both databases store them, so what is read back compares equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Duration roundedUp(Duration duration) {
        return duration.isNegative() || duration.isZero() ? Duration.ofMillis(1) : duration;
    }

    /** The SHA-256 of the e-mail as it is looked up (trimmed, lower case): no address is stored. */
    static String accountKey(String email) {
        String normalized = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String address(String clientAddress) {
        String address = Objects.requireNonNull(clientAddress, "clientAddress").strip();
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
