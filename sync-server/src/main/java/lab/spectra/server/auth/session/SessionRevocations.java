package lab.spectra.server.auth.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.auth.token.TokenSettings;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which sign-in sessions have ended, for the check every authenticated request makes: an access
 * token of an ended session is refused although it has not expired.
 *
 * <p>The set is kept in PostgreSQL: a session is a refresh-token family, and it has ended when its
 * tokens are revoked (sign-out, reuse of a spent token, deactivation). Each instance keeps a copy
 * per organization, filled from the database the first time it is needed, so the check costs a
 * map look-up. Revoking announces the session on a {@code LISTEN/NOTIFY} channel in the same
 * transaction; the instance that revoked adds it to its copy at once, and every other instance
 * hears of it as soon as the transaction commits (well within a second).
 *
 * <p>While the listening connection is down an instance cannot know what it missed, so it asks
 * the database on every check instead, and forgets its copies once it listens again. Only
 * sessions revoked within an access token's lifetime are kept: older ones have no live tokens.
 *
 * <p>On H2 (development, one instance by nature) the copy is filled the same way and nothing
 * needs announcing.
 */
public final class SessionRevocations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocations.class);

    static final String CHANNEL = "spectra_session_revoked";

    private final Database database;
    private final DatabaseSettings listenAs;
    private final Duration remembered;
    private final Clock clock;
    private final Map<UUID, Tenant> tenants = new ConcurrentHashMap<>();
    private volatile boolean listening;
    private NotificationListener listener;

    /** One organization's ended sessions, with when they ended; loaded once from the database. */
    private static final class Tenant {
        final Map<UUID, Instant> revoked = new ConcurrentHashMap<>();
        volatile boolean loaded;
    }

    /**
     * A set that knows nothing yet; {@link #start} begins listening.
     *
     * @param listenAs        where the listening connection goes (as the application role)
     * @param accessTokenLife the longest an access token lives; a session ended longer ago than
     *                        that (plus the allowed clock skew and a margin) is forgotten
     */
    public SessionRevocations(Database database, DatabaseSettings listenAs, Duration accessTokenLife, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.listenAs = Objects.requireNonNull(listenAs, "listenAs");
        this.remembered = accessTokenLife.plus(TokenSettings.DEFAULT_CLOCK_SKEW).plus(Duration.ofMinutes(1));
        this.clock = Objects.requireNonNull(clock, "clock");
        // On H2 there is no other instance to hear from: the copy is complete once loaded.
        this.listening = database.dialect() != SqlDialect.POSTGRESQL;
    }

    /**
     * Starts listening for sessions other instances end (PostgreSQL). Until it listens, and
     * without it (a command-line tool), every check asks the database.
     */
    public synchronized void start() {
        if (database.dialect() == SqlDialect.POSTGRESQL && listener == null) {
            listener = new NotificationListener(listenAs, CHANNEL, new Announcements());
            listener.start();
        }
    }

    /** Whether the session has ended; fails closed (as revoked) when the database cannot say. */
    public boolean isRevoked(UUID organizationId, UUID sessionId) {
        if (!listening) {
            return revokedInDatabase(organizationId, sessionId);
        }
        Tenant tenant = tenants.computeIfAbsent(organizationId, id -> new Tenant());
        if (!tenant.loaded) {
            load(organizationId, tenant);
        }
        return tenant.revoked.containsKey(sessionId);
    }

    /**
     * Tells the other instances, inside the transaction that revokes (tenant set), so that they
     * hear of it exactly when it commits. Call {@link #revokedHere} after the commit.
     */
    public void announce(Connection connection, UUID organizationId, Collection<UUID> sessionIds) throws SQLException {
        if (database.dialect() != SqlDialect.POSTGRESQL || sessionIds.isEmpty()) {
            return;
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (UUID session : sessionIds) {
                notify.setString(1, CHANNEL);
                notify.setString(2, organizationId + ":" + session);
                notify.addBatch();
            }
            notify.executeBatch();
        }
    }

    /** Sessions this instance has just revoked (committed): refused here from now on. */
    public void revokedHere(UUID organizationId, Collection<UUID> sessionIds) {
        Instant now = clock.instant();
        Tenant tenant = tenants.computeIfAbsent(organizationId, id -> new Tenant());
        sessionIds.forEach(session -> tenant.revoked.put(session, now));
    }

    /** Forgets sessions that ended so long ago that none of their access tokens can still be valid. */
    public void forgetOld() {
        Instant cutoff = clock.instant().minus(remembered);
        tenants.values().forEach(tenant -> tenant.revoked.values().removeIf(at -> at.isBefore(cutoff)));
    }

    /** Whether changes are heard as they happen (for health checks and tests). */
    public boolean listening() {
        return listening;
    }

    private void load(UUID organizationId, Tenant tenant) {
        synchronized (tenant) {
            if (tenant.loaded) {
                return;
            }
            Map<UUID, Instant> found = database.inTenant(organizationId, connection -> {
                Map<UUID, Instant> sessions = new ConcurrentHashMap<>();
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT family_id, max(revoked_at) FROM refresh_tokens"
                                + " WHERE organization_id = ? AND revoked_at > ? GROUP BY family_id")) {
                    select.setObject(1, organizationId);
                    select.setObject(2, OffsetDateTime.ofInstant(clock.instant().minus(remembered), ZoneOffset.UTC));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            sessions.put(
                                    rows.getObject(1, UUID.class),
                                    rows.getObject(2, OffsetDateTime.class).toInstant());
                        }
                    }
                }
                return sessions;
            });
            found.forEach(tenant.revoked::putIfAbsent);
            tenant.loaded = true;
        }
    }

    private boolean revokedInDatabase(UUID organizationId, UUID sessionId) {
        try {
            return database.inTenant(organizationId, connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NOT NULL")) {
                    select.setObject(1, sessionId);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next();
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell whether session {} has ended; refusing it", sessionId, e);
            return true;
        }
    }

    /** Listening (again): whatever was announced while nobody listened is unknown, so reload on next use. */
    private final class Announcements implements NotificationListener.Subscriber {

        @Override
        public void listening() {
            tenants.values().forEach(tenant -> tenant.loaded = false);
            listening = true;
        }

        @Override
        public void heard(String payload) {
            SessionRevocations.this.heard(payload, clock.instant());
        }

        @Override
        public void deaf(String why) {
            listening = false;
            LOG.warn(
                    "Not listening for ended sessions ({}); checking the database on every request until"
                            + " listening again",
                    why);
        }
    }

    private void heard(String payload, Instant now) {
        int colon = payload.indexOf(':');
        try {
            UUID organization = UUID.fromString(payload.substring(0, colon));
            UUID session = UUID.fromString(payload.substring(colon + 1));
            tenants.computeIfAbsent(organization, id -> new Tenant()).revoked.put(session, now);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            LOG.warn("Ignoring a malformed ended-session notice");
        }
    }

    @Override
    public void close() {
        NotificationListener started;
        synchronized (this) {
            started = listener;
        }
        if (started != null) {
            started.close();
        }
    }
}
