package lab.spectra.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.NotificationListener;
import lab.spectra.server.http.AccountSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of people making requests, kept in memory so that an authenticated request need not
 * read its caller's role and active flag from the database every time.
 *
 * <p>A copy is forgotten when the account changes: at once on this instance, by the code that
 * changed it ({@link #changedHere}, after its commit); and on every instance when the database's
 * trigger on {@code users} announces the change on {@value #CHANNEL}, heard on a listening
 * connection of its own ({@link NotificationListener}). While that connection is down nothing is known of
 * other instances' changes, so every request reads the database, and all copies are forgotten when
 * it listens again. A load that is running when its account is forgotten finishes first and is
 * then dropped (a Caffeine cache's invalidation waits for the entry's computation), so a copy read
 * before a change can never outlive the change's notice.
 *
 * <p>On H2 (one instance by nature) there is no other instance to hear from, and nothing to listen to.
 *
 * <p>Absent accounts are not kept (a person added later is found at once), and every copy is
 * dropped after {@link #LONGEST_KEPT} whatever happens, a bound on any mistake.
 */
public final class AccountCache implements AccountSource, AccountChanges, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccountCache.class);

    /** The channel of the trigger in {@code V10_3_1__account_change_notices.sql}. */
    public static final String CHANNEL = "spectra_account_changed";

    public static final int DEFAULT_MAXIMUM_ACCOUNTS = 50_000;
    static final Duration LONGEST_KEPT = Duration.ofMinutes(10);

    private final AccountSource database;
    private final Cache<Key, UserAccount> accounts;
    private final NotificationListener listener;
    private volatile boolean listening;

    private record Key(UUID organizationId, UUID userId) {}

    /**
     * A cache that keeps nothing until {@link #start} has it listening (PostgreSQL).
     *
     * @param database  reads an account from the database
     * @param dialect   the database's; on H2 there are no other instances to hear from
     * @param listenAs  where the listening connection goes (as the application role)
     */
    public AccountCache(AccountSource database, Database dialect, DatabaseSettings listenAs, int maximumAccounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = Caffeine.newBuilder()
                .maximumSize(maximumAccounts)
                .expireAfterWrite(LONGEST_KEPT)
                .build();
        boolean alone = dialect.dialect() != SqlDialect.POSTGRESQL;
        this.listening = alone;
        this.listener = alone ? null : new NotificationListener(listenAs, CHANNEL, new Notices());
    }

    /** Starts listening for other instances' account changes; until then every read asks the database. */
    public void start() {
        if (listener != null) {
            listener.start();
        }
    }

    /** Whether other instances' changes are heard as they happen (and copies kept meanwhile). */
    public boolean listening() {
        return listening;
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
    }

    @Override
    public Optional<UserAccount> account(UUID organizationId, UUID userId) {
        if (!listening) {
            return database.account(organizationId, userId);
        }
        return Optional.ofNullable(
                accounts.get(new Key(organizationId, userId), key -> database.account(organizationId, userId)
                        .orElse(null)));
    }

    @Override
    public void changedHere(UUID organizationId, UUID userId) {
        accounts.invalidate(new Key(organizationId, userId));
    }

    /** The trigger's notices, and whether they are heard. */
    private final class Notices implements NotificationListener.Subscriber {

        @Override
        public void listening() {
            // Whatever changed while nobody listened is unknown: start afresh.
            accounts.invalidateAll();
            listening = true;
        }

        @Override
        public void heard(String payload) {
            int colon = payload.indexOf(':');
            try {
                changedHere(
                        UUID.fromString(payload.substring(0, colon)), UUID.fromString(payload.substring(colon + 1)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                // Whose account changed is unknown: forgetting all is the safe answer.
                LOG.warn("A malformed account-change notice; forgetting every cached account");
                accounts.invalidateAll();
            }
        }

        @Override
        public void deaf(String why) {
            listening = false;
            accounts.invalidateAll();
            LOG.warn(
                    "Not listening for account changes ({}); reading accounts on every request until listening again",
                    why);
        }
    }
}
