package lab.spectra.server.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.auth.EmailAddresses;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.labimport.PeoplePlanner;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.auth.AccountChanges;
import lab.spectra.server.auth.ActiveAdmins;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.auth.login.AccountLookup;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.auth.login.PasswordPolicy;
import lab.spectra.server.auth.login.StoredPasswords;
import lab.spectra.server.auth.login.TemporaryPasswords;
import lab.spectra.server.auth.session.JdbcRefreshTokenStore;
import lab.spectra.server.auth.session.SessionRevocations;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.org.Provisioning;

/**
 * What an admin does to the people of their lab: add one (with a temporary password), change a
 * role, deactivate, reactivate, reset a password. Online only, so no password ever waits in a
 * bench's outbox; each change is one transaction under the organization's lock, with its row,
 * change log entry (benches learn roles and deactivations at their next pull) and audit entry.
 * Knows nothing of HTTP: outcomes say what happened, the routes turn them into answers.
 */
public final class PeopleAdministration {

    private static final int MAX_NAME = PeoplePlanner.MAX_NAME;

    public sealed interface Outcome {}

    /**
     * The change was made.
     *
     * @param temporaryPassword the one-time password to hand to the person (shown once), or null
     */
    public record Done(UserAccount person, char[] temporaryPassword) implements Outcome {}

    /** No such person in the admin's organization (another organization's id answers the same). */
    public record NotFound() implements Outcome {}

    /** Refused with nothing changed; {@code code} and {@code message} are for the caller. */
    public record Refused(Reason reason, String code, String message) implements Outcome {}

    /** Why a change was refused, for the HTTP status. */
    public enum Reason {
        INVALID_INPUT,
        CONFLICT,
        LAST_ADMIN
    }

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Provisioning provisioning;
    private final UserDeactivation deactivation;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final JdbcRefreshTokenStore refreshTokens;
    private final SessionRevocations sessions;
    private final AccountChanges accounts;
    private final TemporaryPasswords temporaryPasswords = new TemporaryPasswords();
    private final JdbcRowWriter writer;
    private final AuditTrail trail;
    private final RowCodec codec;

    /** The parts of sign-in that administering people touches. */
    public record Credentials(
            PasswordHasher hasher,
            PasswordPolicy policy,
            JdbcRefreshTokenStore refreshTokens,
            SessionRevocations sessions,
            AccountChanges accounts) {}

    public PeopleAdministration(
            Database database,
            ObjectMapper mapper,
            Clock clock,
            Provisioning provisioning,
            UserDeactivation deactivation,
            Credentials credentials) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
        this.deactivation = Objects.requireNonNull(deactivation, "deactivation");
        this.hasher = credentials.hasher();
        this.policy = credentials.policy();
        this.refreshTokens = credentials.refreshTokens();
        this.sessions = credentials.sessions();
        this.accounts = Objects.requireNonNull(credentials.accounts(), "accounts");
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.trail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
    }

    /**
     * Adds a person with a temporary password, which they must replace at their first sign-in.
     *
     * @param chosenPassword a temporary password the admin chose (held to the policy), or null for
     *                       a generated one
     */
    public Outcome add(UserAccount admin, String email, String name, String role, char[] chosenPassword) {
        return add(admin.organizationId(), admin.id(), email, name, role, chosenPassword);
    }

    /** {@link #add} by the server's command line (the platform operator), audited without an actor. */
    public Outcome addByOperator(UUID organizationId, String email, String name, String role, char[] chosenPassword) {
        return add(organizationId, null, email, name, role, chosenPassword);
    }

    private Outcome add(
            UUID organizationId, UUID addedBy, String email, String name, String role, char[] chosenPassword) {
        Optional<String> normalized = EmailAddresses.normalized(email);
        if (normalized.isEmpty()) {
            return invalid("Enter the person's e-mail address, like name@lab.example");
        }
        String address = normalized.get();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            return invalid("Enter the person's name (at most " + MAX_NAME + " characters)");
        }
        Optional<Role> parsed = role(role);
        if (parsed.isEmpty()) {
            return invalidRole(role);
        }
        Optional<Refused> unacceptable = unacceptable(organizationId, chosenPassword);
        if (unacceptable.isPresent()) {
            return unacceptable.get();
        }
        // E-mail addresses are unique across organizations: sign-in finds the account by it alone.
        if (new AccountLookup(database).byEmail(address).isPresent()) {
            return new Refused(
                    Reason.CONFLICT,
                    "email_taken",
                    "An account with the e-mail address " + address + " exists already");
        }
        char[] password = chosenPassword != null ? chosenPassword : temporaryPasswords.next();
        UserAccount person;
        try {
            person = provisioning.createUser(
                    organizationId, address, name, parsed.get(), hasher.hash(password), addedBy, true);
        } catch (RuntimeException e) {
            if (new AccountLookup(database).byEmail(address).isPresent()) {
                // Added by someone else at the same moment: the unique index refused the second.
                return new Refused(
                        Reason.CONFLICT,
                        "email_taken",
                        "An account with the e-mail address " + address + " exists already");
            }
            throw e;
        }
        return new Done(person, password);
    }

    /** Gives a person another role; the last active admin keeps theirs. */
    public Outcome changeRole(UserAccount admin, UUID userId, String role) {
        Optional<Role> parsed = role(role);
        if (parsed.isEmpty()) {
            return invalidRole(role);
        }
        return change(admin, userId, (connection, before) -> {
            if (before.role() == parsed.get()) {
                return new Unchanged();
            }
            if (before.role() == Role.ADMIN
                    && before.active()
                    && !ActiveAdmins.anotherBesides(connection, admin.organizationId(), userId)) {
                return new Blocked(new Refused(
                        Reason.LAST_ADMIN, "last_active_admin", ActiveAdmins.refusal(before.displayName())));
            }
            return new Change(with(before, parsed.get(), before.active()), "ChangeUserRole", null);
        });
    }

    /**
     * Deactivates a person: sessions, refresh tokens and device keys are revoked at once, and each
     * bench drops their offline sign-in at its next pull. Refused for the last active admin.
     */
    public Outcome deactivate(UserAccount admin, UUID userId, String reason) {
        if (reason == null || reason.isBlank()) {
            return invalid("Say why the account is deactivated (the audit trail keeps the reason)");
        }
        UserDeactivation.Outcome outcome =
                deactivation.deactivateByAdmin(admin.organizationId(), userId, reason.strip(), admin.id());
        if (outcome instanceof UserDeactivation.LastActiveAdmin last) {
            return new Refused(Reason.LAST_ADMIN, "last_active_admin", last.message());
        }
        if (outcome instanceof UserDeactivation.Deactivated) {
            return person(admin, userId)
                    .<Outcome>map(person -> new Done(person, null))
                    .orElseGet(NotFound::new);
        }
        return new NotFound();
    }

    /** Enables a deactivated account again; the person signs in anew (their keys stay revoked). */
    public Outcome reactivate(UserAccount admin, UUID userId, String reason) {
        return change(
                admin,
                userId,
                (connection, before) -> before.active()
                        ? new Unchanged()
                        : new Change(with(before, before.role(), true), "ReactivateUser", reason));
    }

    /**
     * Sets a new temporary password (generated, or chosen by the admin and held to the policy):
     * every session of the person ends, and they must choose their own password at the next
     * sign-in.
     */
    public Outcome resetPassword(UserAccount admin, UUID userId, char[] chosenPassword) {
        Optional<Refused> unacceptable = unacceptable(admin.organizationId(), chosenPassword);
        if (unacceptable.isPresent()) {
            return unacceptable.get();
        }
        char[] password = chosenPassword != null ? chosenPassword : temporaryPasswords.next();
        String hash = hasher.hash(password);
        Instant now = now();
        Optional<JdbcRefreshTokenStore.Revoked> revoked = database.inTenant(admin.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, admin.organizationId());
            Optional<UserAccount> person = find(connection, admin, userId);
            if (person.isEmpty()) {
                return Optional.<JdbcRefreshTokenStore.Revoked>empty();
            }
            StoredPasswords.set(connection, userId, hash, true);
            JdbcRefreshTokenStore.Revoked ended = refreshTokens.revokeAllForUser(connection, userId, now);
            // The trail records that it happened and by whom; never the password or its hash.
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            admin.id(),
                            null,
                            null,
                            "ResetPassword",
                            "users",
                            userId,
                            null,
                            null,
                            "temporary password set; " + ended.sessions().size() + " sessions ended"));
            sequence.save(connection);
            return Optional.of(ended);
        });
        if (revoked.isEmpty()) {
            return new NotFound();
        }
        sessions.revokedHere(admin.organizationId(), revoked.get().sessions());
        return person(admin, userId)
                .<Outcome>map(person -> new Done(person, password))
                .orElseGet(NotFound::new);
    }

    /** A change decided under the organization's lock, seeing the person as they are now. */
    @FunctionalInterface
    private interface Decision {
        Verdict decide(Connection connection, UserAccount before) throws SQLException;
    }

    private sealed interface Verdict {}

    /** Nothing to do: the person is already so. */
    private record Unchanged() implements Verdict {}

    private record Blocked(Refused refusal) implements Verdict {}

    private record Change(UserAccount after, String action, String reason) implements Verdict {}

    private Outcome change(UserAccount admin, UUID userId, Decision decision) {
        Instant now = now();
        Outcome outcome = database.inTenant(admin.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, admin.organizationId());
            Optional<UserAccount> found = find(connection, admin, userId);
            if (found.isEmpty()) {
                return new NotFound();
            }
            UserAccount before = found.get();
            Verdict verdict = decision.decide(connection, before);
            if (verdict instanceof Unchanged) {
                return new Done(before, null);
            }
            if (verdict instanceof Blocked blocked) {
                return blocked.refusal();
            }
            Change change = (Change) verdict;
            UserAccount after = stamped(change.after(), now);
            writer.write(connection, List.of(new RowChange.Updated(before, after)));
            ChangeLog.append(connection, sequence, "users", userId, null, now);
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            admin.id(),
                            null,
                            null,
                            change.action(),
                            "users",
                            userId,
                            codec.encode(before).data(),
                            codec.encode(after).data(),
                            change.reason() == null || change.reason().isBlank()
                                    ? null
                                    : change.reason().strip()));
            sequence.save(connection);
            return new Done(after, null);
        });
        // Committed: this instance serves the new role or state from the caller's next request.
        accounts.changedHere(admin.organizationId(), userId);
        return outcome;
    }

    private Optional<UserAccount> find(Connection connection, UserAccount admin, UUID userId) {
        return new JdbcDomainState(connection, admin.organizationId(), mapper)
                .<UserAccount>find(Table.USERS, "id = ? AND deleted_at IS NULL", userId).stream()
                        // An API key's own account is no person: it gets no role, password or reactivation here.
                        .filter(account -> !ApiKeyAccounts.isKey(account))
                        .findFirst();
    }

    private Optional<UserAccount> person(UserAccount admin, UUID userId) {
        return database.inTenant(admin.organizationId(), connection -> find(connection, admin, userId));
    }

    private Optional<Refused> unacceptable(UUID organizationId, char[] chosenPassword) {
        if (chosenPassword == null) {
            return Optional.empty();
        }
        PasswordPolicy.Verdict verdict = policy.forOrganization(database.inTenant(
                        organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                                .organization()
                                .map(organization -> organization.settings())
                                .orElse(null)))
                .check(chosenPassword);
        if (verdict instanceof PasswordPolicy.Unacceptable refused) {
            return Optional.of(new Refused(Reason.INVALID_INPUT, "password_not_acceptable", refused.reason()));
        }
        return Optional.empty();
    }

    private static UserAccount with(UserAccount before, Role role, boolean active) {
        return new UserAccount(
                before.id(),
                before.organizationId(),
                before.email(),
                before.displayName(),
                role,
                active,
                before.createdAt(),
                before.updatedAt(),
                before.deletedAt(),
                before.rowVersion());
    }

    private static UserAccount stamped(UserAccount changed, Instant now) {
        return new UserAccount(
                changed.id(),
                changed.organizationId(),
                changed.email(),
                changed.displayName(),
                changed.role(),
                changed.active(),
                changed.createdAt(),
                now,
                changed.deletedAt(),
                changed.rowVersion() + 1);
    }

    private static Optional<Role> role(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.fromWireName(wireName.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Refused invalid(String message) {
        return new Refused(Reason.INVALID_INPUT, "invalid_input", message);
    }

    private static Refused invalidRole(String role) {
        return invalid("Unknown role " + (role == null ? "(none)" : "\"" + role + "\"")
                + "; use admin, pi, engineer, technician or viewer");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
