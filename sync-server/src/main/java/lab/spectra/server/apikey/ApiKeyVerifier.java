package lab.spectra.server.apikey;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.apikey.ApiKeyScopes;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.ApiKey;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;
import lab.spectra.server.http.ApiKeyAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a presented API key: its prefix names the organization (a definer function, before any
 * tenant is known), its row is then read under that organization's row-level security, and the
 * key must hash to the stored hash, be neither revoked nor expired, and its account be active.
 * Every failure looks the same to the caller and counts against the client address
 * ({@link ApiKeyThrottle}).
 *
 * <p>The key's last use is written at most once a minute per key and server instance, not on
 * every request: a busy instrument must not cost a write per call. So {@code last_used_at} may be
 * up to a minute behind.
 */
public final class ApiKeyVerifier implements ApiKeyAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyVerifier.class);
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final Database database;
    private final ObjectMapper mapper;
    private final ApiKeyThrottle throttle;
    private final Clock clock;
    private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public ApiKeyVerifier(Database database, ObjectMapper mapper, ApiKeyThrottle throttle, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public KeyAuthentication authenticate(String presentedKey, String clientAddress) {
        Optional<Duration> blocked = throttle.blockFor(clientAddress);
        if (blocked.isPresent()) {
            return new KeyThrottled(blocked.get());
        }
        KeyAuthentication outcome = check(presentedKey);
        if (outcome instanceof KeyRefused refused) {
            LOG.info("API key refused from {}: {}", clientAddress, refused.reason());
            throttle.failed(clientAddress);
        }
        return outcome;
    }

    private KeyAuthentication check(String presentedKey) {
        Optional<String> prefix = ApiKeySecret.prefixOf(presentedKey);
        if (prefix.isEmpty()) {
            return new KeyRefused("not shaped like a key");
        }
        Optional<UUID> organization = organizationOf(prefix.get());
        if (organization.isEmpty()) {
            return new KeyRefused("no key has the prefix " + prefix.get());
        }
        Instant now = clock.instant();
        return database.inTenant(organization.get(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, organization.get(), mapper);
            Optional<ApiKey> found = state.<ApiKey>find(Table.API_KEYS, "key_prefix = ?", prefix.get()).stream()
                    .findFirst();
            if (found.isEmpty()
                    || !ApiKeySecret.matches(presentedKey, found.get().keyHash())) {
                return new KeyRefused("wrong secret for the prefix " + prefix.get());
            }
            ApiKey key = found.get();
            if (key.revoked()) {
                return new KeyRefused("the key " + key.id() + " was revoked");
            }
            if (key.expiredAt(now)) {
                return new KeyRefused("the key " + key.id() + " expired");
            }
            Optional<UserAccount> account =
                    state.user(key.id()).filter(user -> user.active() && user.deletedAt() == null);
            if (account.isEmpty()) {
                return new KeyRefused("the account of the key " + key.id() + " is inactive");
            }
            noteUse(connection, key, now);
            return new KeyAccepted(key.id(), account.get(), ApiKeyScopes.ofStored(key.scopes()));
        });
    }

    private void noteUse(Connection connection, ApiKey key, Instant now) throws SQLException {
        Instant written = lastUseWritten.get(key.id());
        if (written != null && now.isBefore(written.plus(LAST_USE_RESOLUTION))) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE api_keys SET last_used_at = ?"
                + " WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
            update.setObject(1, time(now));
            update.setObject(2, key.id());
            update.setObject(3, time(now.minus(LAST_USE_RESOLUTION)));
            update.executeUpdate();
        }
        lastUseWritten.put(key.id(), now);
    }

    private Optional<UUID> organizationOf(String prefix) {
        return database.withoutTenant(connection -> {
            String sql = database.dialect() == SqlDialect.POSTGRESQL
                    ? "SELECT spectra_api_key_tenant(?)"
                    : "SELECT organization_id FROM api_keys WHERE key_prefix = ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, prefix);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
