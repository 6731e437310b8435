package lab.spectra.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.auth.login.AccountLookup;
import lab.spectra.server.auth.session.JdbcRefreshTokenStore;
import lab.spectra.server.auth.session.SessionRevocations;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * Deactivates a person's account and takes away everything that lets them act: the account is
 * marked inactive (so every request of theirs is refused from the next one on), every session
 * and refresh token is revoked (access tokens refused on every instance within a second), and
 * every device key is revoked. One transaction, audited with the reason; nothing is deleted.
 *
 * <p>Device keys live in the sync trust package; they are handed in as {@link DeviceKeys} and
 * revoked in the same transaction.
 */
public final class UserDeactivation {

    /**
     * The person's device keys (per person, per bench), revoked with their account: the one place
     * device keys are revoked on deactivation ({@code DeviceKeyStore.revokeAllOf} in the server).
     */
    @FunctionalInterface
    public interface DeviceKeys {

        /** Revokes every key of the user in the caller's transaction (tenant set); returns how many. */
        int revokeAll(Connection connection, UUID userId, Instant at) throws SQLException;

        DeviceKeys NONE_YET = (connection, userId, at) -> 0;
    }

    public sealed interface Outcome {}

    /**
     * The account is inactive and nothing of it can act any more.
     *
     * @param wasActive       false if the account had been deactivated before (the rest is done anyway)
     * @param sessionsEnded   sign-in sessions ended (their access tokens are refused from now on)
     * @param refreshTokens   refresh tokens revoked
     * @param deviceKeys      device keys revoked
     */
    public record Deactivated(
            UUID userId, UUID organizationId, boolean wasActive, int sessionsEnded, int refreshTokens, int deviceKeys)
            implements Outcome {}

    public record NoSuchAccount(String email) implements Outcome {}

    /** No such person in the organization (or one of another organization: the same answer). */
    public record NoSuchPerson(UUID userId) implements Outcome {}

    /** Refused, nothing changed: the person is the organization's last active admin. */
    public record LastActiveAdmin(UUID userId, String message) implements Outcome {}

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final JdbcRefreshTokenStore refreshTokens;
    private final SessionRevocations sessions;
    private final DeviceKeys deviceKeys;
    private final AccountChanges accounts;
    private final AuthenticationAudit authenticationAudit;
    private final JdbcRowWriter writer;
    private final AuditTrail trail;
    private final RowCodec codec;

    public UserDeactivation(
            Database database,
            ObjectMapper mapper,
            Clock clock,
            JdbcRefreshTokenStore refreshTokens,
            SessionRevocations sessions,
            DeviceKeys deviceKeys,
            AccountChanges accounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.deviceKeys = Objects.requireNonNull(deviceKeys, "deviceKeys");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.authenticationAudit = new AuthenticationAudit(database, mapper, clock);
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.trail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
    }

    /**
     * Deactivates the account with this e-mail address and revokes all it could act with.
     *
     * @param reason   why, for the audit trail (required: a regulated change says why)
     * @param operator who asked for it (an admin's id), or null for the server's command line
     */
    public Outcome deactivate(String email, String reason, UUID operator) {
        Objects.requireNonNull(reason, "reason");
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        Optional<AccountLookup.Account> account = new AccountLookup(database).byEmail(normalized);
        if (account.isEmpty()) {
            return new NoSuchAccount(normalized);
        }
        // The platform's command line may retire even the last admin (a lab being closed).
        return deactivate(account.get().organizationId(), account.get().userId(), reason, operator, false);
    }

    /**
     * Deactivates a person of an organization, as its admin asks: refused, with nothing changed,
     * when they are its last active admin.
     */
    public Outcome deactivateByAdmin(UUID organization, UUID userId, String reason, UUID operator) {
        return deactivate(organization, userId, reason, operator, true);
    }

    private Outcome deactivate(UUID organization, UUID userId, String reason, UUID operator, boolean keepLastAdmin) {
        Objects.requireNonNull(reason, "reason");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Outcome outcome = database.inTenant(organization, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, organization);
            List<UserAccount> found = new JdbcDomainState(connection, organization, mapper)
                    .find(Table.USERS, "id = ? AND deleted_at IS NULL", userId);
            if (found.isEmpty()) {
                return new NoSuchPerson(userId);
            }
            UserAccount before = found.get(0);
            if (keepLastAdmin
                    && before.active()
                    && before.role() == Role.ADMIN
                    && !ActiveAdmins.anotherBesides(connection, organization, userId)) {
                return new LastActiveAdmin(userId, ActiveAdmins.refusal(before.displayName()));
            }
            if (before.active()) {
                UserAccount after = new UserAccount(
                        before.id(),
                        before.organizationId(),
                        before.email(),
                        before.displayName(),
                        before.role(),
                        false,
                        before.createdAt(),
                        now,
                        before.deletedAt(),
                        before.rowVersion() + 1);
                writer.write(connection, List.of(new RowChange.Updated(before, after)));
                ChangeLog.append(connection, sequence, "users", userId, null, now);
                trail.append(
                        connection,
                        sequence,
                        new AuditTrail.Event(
                                now,
                                operator,
                                null,
                                null,
                                "DeactivateUser",
                                "users",
                                userId,
                                codec.encode(before).data(),
                                codec.encode(after).data(),
                                reason));
            }
            JdbcRefreshTokenStore.Revoked revoked = refreshTokens.revokeAllForUser(connection, userId, now);
            int keys = deviceKeys.revokeAll(connection, userId, now);
            authenticationAudit.append(
                    connection,
                    sequence,
                    new AuthenticationAudit.Event(
                            AuthenticationAudit.Kind.SESSIONS_REVOKED,
                            organization,
                            userId,
                            null,
                            null,
                            "account deactivated: " + revoked.sessions().size() + " sessions, " + revoked.tokens()
                                    + " refresh tokens, " + keys + " device keys revoked"));
            sequence.save(connection);
            return new Ended(userId, organization, before.active(), revoked, keys);
        });
        if (!(outcome instanceof Ended ended)) {
            return outcome;
        }
        sessions.revokedHere(organization, ended.revoked().sessions());
        accounts.changedHere(organization, userId);
        return new Deactivated(
                userId,
                organization,
                ended.wasActive(),
                ended.revoked().sessions().size(),
                ended.revoked().tokens(),
                ended.deviceKeys());
    }

    /** Done inside the transaction; the sessions are forgotten on this instance after it commits. */
    private record Ended(
            UUID userId, UUID organizationId, boolean wasActive, JdbcRefreshTokenStore.Revoked revoked, int deviceKeys)
            implements Outcome {}
}
