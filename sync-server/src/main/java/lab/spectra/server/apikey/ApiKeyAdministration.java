package lab.spectra.server.apikey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.apikey.ApiKeyScopes;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.ApiKey;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * What an admin does with the API keys of their lab: make one (shown once), list them, revoke
 * one. Online only, like administering people: a key's hash never waits in a bench's outbox. Each
 * change is one transaction under the organization's lock with its rows, change log entry (the
 * key's account reaches benches, so they can name it) and audit entry (never the key or its hash).
 * Knows nothing of HTTP.
 */
public final class ApiKeyAdministration {

    /** The longest a key may live: a year, so a forgotten key does not work forever. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    public static final int MAX_NAME = 100;

    /**
     * The role of every key's account: results on runs operated by someone else need the engineer's
     * {@code WORK_ON_OTHERS_RUNS}. What a key may reach is decided by its scopes (ADR 0023).
     */
    static final Role KEY_ACCOUNT_ROLE = Role.ENGINEER;

    public sealed interface Outcome {}

    /** A new key: {@code key} is its only appearance in full. */
    public record Created(ApiKeyView view, String key) implements Outcome {}

    public record Revoked(ApiKeyView view) implements Outcome {}

    /** No such key in the admin's organization (another organization's id answers the same). */
    public record NotFound() implements Outcome {}

    /** Refused with nothing changed. */
    public record Refused(int status, String code, String message) implements Outcome {}

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecureRandom random;
    private final JdbcRowWriter writer;
    private final AuditTrail trail;

    public ApiKeyAdministration(Database database, ObjectMapper mapper, Clock clock, SecureRandom random) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.trail = new AuditTrail(database, mapper);
    }

    /** Makes a key with its own account; the key text is in the answer and nowhere else. */
    public Outcome create(UserAccount admin, String name, List<String> scopeTexts, Instant expiresAt) {
        Instant now = now();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || hasControlCharacters(name)) {
            return invalid("Name the key after the software or instrument using it (at most " + MAX_NAME
                    + " characters), e.g. Keithley-2 export");
        }
        if (scopeTexts == null || scopeTexts.isEmpty()) {
            return new Refused(422, "invalid_scopes", "Give the key at least one scope: " + knownScopes());
        }
        ApiKeyScopes.Reading reading = ApiKeyScopes.read(scopeTexts);
        if (reading instanceof ApiKeyScopes.Unknown unknown) {
            return new Refused(
                    422,
                    "unknown_scope",
                    "Unknown scope " + String.join(", ", unknown.texts()) + "; the scopes are " + knownScopes()
                            + " (results:write may name one instrument: results:write:<instrument id>)");
        }
        ApiKeyScopes scopes = ((ApiKeyScopes.Read) reading).scopes();
        if (expiresAt == null) {
            return new Refused(422, "invalid_expiry", "Say when the key expires (expires_at), at most a year from now");
        }
        if (!expiresAt.isAfter(now)) {
            return new Refused(422, "invalid_expiry", "The key would expire before it is used; choose a later date");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            return new Refused(
                    422,
                    "invalid_expiry",
                    "A key lives at most " + MAX_LIFETIME.toDays() + " days; choose an earlier expiry and make a"
                            + " new key then");
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        UUID id = Ids.newId();
        return database.inTenant(admin.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, admin.organizationId());
            JdbcDomainState state = new JdbcDomainState(connection, admin.organizationId(), mapper);
            Optional<ApiKeyScope> unknownInstrument = scopes.all().stream()
                    .filter(scope -> scope.instrumentId() != null)
                    .filter(scope -> state.instrument(scope.instrumentId()).isEmpty())
                    .findFirst();
            if (unknownInstrument.isPresent()) {
                return new Refused(
                        422,
                        "unknown_instrument",
                        "The scope " + unknownInstrument.get().text() + " names no instrument of this lab");
            }
            ApiKey key = new ApiKey(
                    id,
                    admin.organizationId(),
                    name.strip(),
                    secret.prefix(),
                    secret.hash(),
                    scopes.texts(),
                    expiresAt.truncatedTo(ChronoUnit.MICROS),
                    null,
                    admin.id(),
                    now,
                    null,
                    1,
                    null);
            UserAccount account = new UserAccount(
                    id,
                    admin.organizationId(),
                    ApiKeyAccounts.emailFor(secret.prefix()),
                    ApiKeyAccounts.displayName(key.name(), secret.prefix()),
                    KEY_ACCOUNT_ROLE,
                    true,
                    now,
                    now,
                    null,
                    1);
            writer.insert(connection, key);
            writer.insert(connection, account);
            ChangeLog.append(connection, sequence, "users", id, null, now);
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now, admin.id(), null, null, "CreateApiKey", "api_keys", id, null, described(key), null));
            sequence.save(connection);
            return new Created(ApiKeyView.of(key, names(state, key)), secret.text());
        });
    }

    /** The lab's keys, newest first, revoked ones too. */
    public List<ApiKeyView> list(UserAccount admin) {
        return database.inTenant(admin.organizationId(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, admin.organizationId(), mapper);
            List<ApiKey> keys = state.find(Table.API_KEYS, "1 = 1");
            Map<UUID, String> people = state.<UserAccount>find(Table.USERS, "1 = 1").stream()
                    .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
            return keys.stream()
                    .sorted(Comparator.comparing(ApiKey::createdAt).reversed().thenComparing(ApiKey::id))
                    .map(key -> ApiKeyView.of(key, people::get))
                    .toList();
        });
    }

    /** Revokes a key at once: it is refused from the next request, and its account is deactivated. */
    public Outcome revoke(UserAccount admin, UUID keyId, String reason) {
        Instant now = now();
        return database.inTenant(admin.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, admin.organizationId());
            JdbcDomainState state = new JdbcDomainState(connection, admin.organizationId(), mapper);
            Optional<ApiKey> found =
                    state.<ApiKey>find(Table.API_KEYS, "id = ?", keyId).stream().findFirst();
            if (found.isEmpty()) {
                return new NotFound();
            }
            ApiKey before = found.get();
            if (before.revoked()) {
                return new Revoked(ApiKeyView.of(before, names(state, before)));
            }
            ApiKey after = revoked(before, admin.id(), now);
            writer.write(connection, List.of(new RowChange.Updated(before, after)));
            deactivateAccount(connection, state, keyId, now);
            ChangeLog.append(connection, sequence, "users", keyId, null, now);
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            admin.id(),
                            null,
                            null,
                            "RevokeApiKey",
                            "api_keys",
                            keyId,
                            described(before),
                            described(after),
                            reason == null || reason.isBlank() ? null : reason.strip()));
            sequence.save(connection);
            return new Revoked(ApiKeyView.of(after, names(state, after)));
        });
    }

    private void deactivateAccount(Connection connection, JdbcDomainState state, UUID keyId, Instant now)
            throws SQLException {
        Optional<UserAccount> account = state.user(keyId);
        if (account.isEmpty() || !account.get().active()) {
            return;
        }
        UserAccount before = account.get();
        writer.write(
                connection,
                List.of(new RowChange.Updated(
                        before,
                        new UserAccount(
                                before.id(),
                                before.organizationId(),
                                before.email(),
                                before.displayName(),
                                before.role(),
                                false,
                                before.createdAt(),
                                now,
                                before.deletedAt(),
                                before.rowVersion() + 1))));
    }

    /** What the audit trail keeps of a key: everything but its hash. */
    private ObjectNode described(ApiKey key) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", key.name());
        node.put("key_prefix", ApiKeySecret.MARK + key.keyPrefix());
        node.set("scopes", mapper.valueToTree(key.scopes()));
        node.put("expires_at", key.expiresAt().toString());
        node.put("created_by", String.valueOf(key.createdBy()));
        if (key.revokedAt() != null) {
            node.put("revoked_at", key.revokedAt().toString());
            node.put("revoked_by", String.valueOf(key.revokedBy()));
        }
        return node;
    }

    private static Function<UUID, String> names(JdbcDomainState state, ApiKey key) {
        return person -> person == null
                ? null
                : state.user(person).map(UserAccount::displayName).orElse(null);
    }

    private static ApiKey revoked(ApiKey key, UUID by, Instant at) {
        return new ApiKey(
                key.id(),
                key.organizationId(),
                key.name(),
                key.keyPrefix(),
                key.keyHash(),
                key.scopes(),
                key.expiresAt(),
                key.lastUsedAt(),
                key.createdBy(),
                key.createdAt(),
                at,
                key.rowVersion() + 1,
                by);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static String knownScopes() {
        return Arrays.stream(ApiKeyScope.Kind.values())
                .map(ApiKeyScope.Kind::text)
                .collect(Collectors.joining(", "));
    }

    private static Refused invalid(String message) {
        return new Refused(400, "invalid_input", message);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
