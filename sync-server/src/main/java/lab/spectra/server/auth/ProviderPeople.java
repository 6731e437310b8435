package lab.spectra.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.EmailAddresses;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.auth.login.AccountLookup;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.auth.token.AccessClaims;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * The people of the lab's identity provider, made and kept up to date when they sign in (just in
 * time, ADR 0024). A person is known by the provider's issuer and subject, linked once to their
 * account in {@code oidc_identities}; the e-mail address is only an attribute the provider may
 * change. At the first sign-in the account is created, with the role the provider's claim maps to
 * and in the organization the server's operator configured; at each later one the name, address
 * and role follow the provider's. A person an admin disabled stays disabled whatever the provider
 * says. Every creation and change is one transaction with its row, change log entry (benches pull
 * it) and audit entry, which names the provider as the one who made it.
 */
public final class ProviderPeople {

    private static final int MAX_NAME = 200;

    /** What a sign-in through the provider came to. */
    public sealed interface Outcome permits Admitted, Refused {}

    /**
     * The person may have a session.
     *
     * @param created true at their first sign-in, when their account was made
     */
    public record Admitted(UserAccount person, boolean created) implements Outcome {}

    /** Refused, with nothing changed; {@code status} is the HTTP status to answer with. */
    public record Refused(int status, String code, String message) implements Outcome {}

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AuthenticationAudit authenticationAudit;
    private final AccountChanges accounts;
    private final JdbcRowWriter writer;
    private final AuditTrail trail;
    private final RowCodec codec;

    public ProviderPeople(
            Database database, ObjectMapper mapper, Clock clock, AuthenticationAudit audit, AccountChanges accounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.authenticationAudit = Objects.requireNonNull(audit, "audit");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.trail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
    }

    /**
     * Admits the person the provider's verified token describes, creating or updating their account.
     *
     * @param claims      verified by the provider's verifier; its organization is the configured one
     * @param displayName the name the provider gives
     */
    public Outcome signIn(AccessClaims claims, String displayName) {
        Optional<String> email = EmailAddresses.normalized(claims.email());
        if (email.isEmpty()) {
            return new Refused(
                    403,
                    "invalid_claim",
                    "Your identity provider gave no usable e-mail address (" + claims.email() + "); ask its"
                            + " administrator to send one");
        }
        String name = displayName == null || displayName.isBlank() ? email.get() : displayName.strip();
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        // Looked up before the transaction: the look-up runs as the login role, on a connection of its own.
        Optional<AccountLookup.Account> holder = new AccountLookup(database).byEmail(email.get());
        Person person = new Person(claims, email.get(), name, holder.map(AccountLookup.Account::userId));
        Outcome outcome;
        try {
            outcome = database.inTenant(claims.organizationId(), connection -> admit(connection, person));
        } catch (RuntimeException e) {
            if (new AccountLookup(database)
                    .byEmail(email.get())
                    .filter(found -> !found.userId().equals(claims.userId()))
                    .isPresent()) {
                // Someone took the address at the same moment: the unique index refused the second.
                return emailTaken(email.get());
            }
            throw e;
        }
        if (outcome instanceof Admitted admitted) {
            // A sign-in may have brought the role the provider now gives: served from the next request.
            accounts.changedHere(claims.organizationId(), admitted.person().id());
        }
        if (outcome instanceof Refused refused && LoginService.ACCOUNT_DISABLED.equals(refused.code())) {
            authenticationAudit.record(new AuthenticationAudit.Event(
                    AuthenticationAudit.Kind.SIGN_IN_FAILED,
                    claims.organizationId(),
                    linkedUser(claims).orElse(claims.userId()),
                    null,
                    null,
                    "account disabled; sign-in through " + provider(claims) + " refused"));
        }
        return outcome;
    }

    /** A sign-in's facts: the claims, the address and name as they will be kept, who holds the address now. */
    private record Person(AccessClaims claims, String email, String name, Optional<UUID> addressHolder) {}

    private Outcome admit(Connection connection, Person person) throws SQLException {
        AccessClaims claims = person.claims();
        UUID organizationId = claims.organizationId();
        JdbcDomainState state = new JdbcDomainState(connection, organizationId, mapper);
        if (state.organization().isEmpty()) {
            return new Refused(
                    503,
                    "oidc_misconfigured",
                    "The server's identity provider settings name an organization that does not exist;"
                            + " ask the server's operator to check SPECTRA_OIDC_ORGANIZATION");
        }
        OrgSequence sequence = OrgSequence.lock(connection, organizationId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> linked = linkedUser(connection, claims);
        Outcome outcome = linked.isPresent()
                ? update(connection, sequence, state, linked.get(), person, now)
                : create(connection, sequence, person, now);
        if (outcome instanceof Admitted) {
            sequence.save(connection);
        }
        return outcome;
    }

    private Outcome create(Connection connection, OrgSequence sequence, Person person, Instant now)
            throws SQLException {
        AccessClaims claims = person.claims();
        if (person.addressHolder().isPresent()) {
            // Linking to an account by its address alone would let whoever controls the address at
            // the provider take the account over; an admin links, by changing or removing it.
            return emailTaken(person.email());
        }
        UserAccount user = new UserAccount(
                claims.userId(),
                claims.organizationId(),
                person.email(),
                person.name(),
                claims.role(),
                true,
                now,
                now,
                null,
                1);
        writer.insert(connection, user);
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO oidc_identities"
                        + " (organization_id, issuer, subject, user_id, linked_at, last_sign_in_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            link.setObject(1, claims.organizationId());
            link.setString(2, claims.issuer());
            link.setString(3, claims.subject());
            link.setObject(4, user.id());
            link.setTimestamp(5, Timestamp.from(now));
            link.setTimestamp(6, Timestamp.from(now));
            link.executeUpdate();
        }
        ChangeLog.append(connection, sequence, "users", user.id(), null, now);
        trail.append(
                connection,
                sequence,
                new AuditTrail.Event(
                        now,
                        null,
                        null,
                        null,
                        "CreateUser",
                        "users",
                        user.id(),
                        null,
                        codec.encode(user).data(),
                        provider(claims) + ": first sign-in of subject " + claims.subject()));
        return new Admitted(user, true);
    }

    private Outcome update(
            Connection connection, OrgSequence sequence, JdbcDomainState state, UUID userId, Person person, Instant now)
            throws SQLException {
        AccessClaims claims = person.claims();
        Optional<UserAccount> found =
                state.<UserAccount>find(Table.USERS, "id = ?", userId).stream().findFirst();
        if (found.isEmpty() || found.get().deletedAt() != null) {
            return new Refused(
                    403, LoginService.ACCOUNT_DISABLED, "This account was removed; ask an admin of your lab");
        }
        UserAccount before = found.get();
        if (!before.active()) {
            return new Refused(403, LoginService.ACCOUNT_DISABLED, LoginService.DISABLED_MESSAGE);
        }
        if (person.addressHolder().filter(holder -> !holder.equals(userId)).isPresent()) {
            return emailTaken(person.email());
        }
        try (PreparedStatement seen = connection.prepareStatement(
                "UPDATE oidc_identities SET last_sign_in_at = ? WHERE issuer = ? AND subject = ?")) {
            seen.setTimestamp(1, Timestamp.from(now));
            seen.setString(2, claims.issuer());
            seen.setString(3, claims.subject());
            seen.executeUpdate();
        }
        boolean sameRole = before.role() == claims.role();
        if (sameRole
                && before.email().equals(person.email())
                && before.displayName().equals(person.name())) {
            return new Admitted(before, false);
        }
        UserAccount after = new UserAccount(
                before.id(),
                before.organizationId(),
                person.email(),
                person.name(),
                claims.role(),
                before.active(),
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
                        null,
                        null,
                        null,
                        sameRole ? "ChangeUserProfile" : "ChangeUserRole",
                        "users",
                        userId,
                        codec.encode(before).data(),
                        codec.encode(after).data(),
                        provider(claims) + ": sign-in of subject " + claims.subject()));
        return new Admitted(after, false);
    }

    private Optional<UUID> linkedUser(AccessClaims claims) {
        return database.inTenant(claims.organizationId(), connection -> linkedUser(connection, claims));
    }

    private static Optional<UUID> linkedUser(Connection connection, AccessClaims claims) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT user_id FROM oidc_identities WHERE issuer = ? AND subject = ? AND organization_id = ?")) {
            select.setString(1, claims.issuer());
            select.setString(2, claims.subject());
            select.setObject(3, claims.organizationId());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** How the audit trail names the provider as the one who made a change. */
    public static String provider(AccessClaims claims) {
        return "OIDC " + claims.issuer();
    }

    private static Refused emailTaken(String email) {
        return new Refused(
                409,
                "email_taken",
                "Another account of this server, one that signs in with a password, uses the e-mail address " + email
                        + "; it is not linked to your identity provider's account on purpose. Ask an admin of your lab");
    }
}
