package lab.spectra.server.auth.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.auth.session.IssuedRefreshToken;
import lab.spectra.server.auth.session.RefreshRejection;
import lab.spectra.server.auth.session.RefreshRotation;
import lab.spectra.server.auth.session.RefreshTokens;
import lab.spectra.server.auth.token.IssuedAccessToken;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in, token refresh and sign-out. Every password check passes the shared throttle, then takes
 * a hashing permit (none free: "busy" at once, and the attempt is not counted); an unknown e-mail costs as much time as a
 * wrong password, so neither the answer nor its timing tells whether an account exists. Sign-ins,
 * failures of known accounts, sign-outs and reused refresh tokens go to the audit trail.
 */
public final class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    /** What a client gets after signing in or refreshing. */
    public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {}

    public sealed interface LoginOutcome permits SignedIn, Refused, Throttled, Busy {}

    /** The account was deactivated by an admin of its lab. */
    public static final String ACCOUNT_DISABLED = "account_disabled";

    /** The password matched but is temporary: it must be replaced (change-password) first. */
    public static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    /** A new password that the policy refuses; the message says why. */
    public static final String PASSWORD_NOT_ACCEPTABLE = "password_not_acceptable";

    /** True now that admins can enable an account again (Administration > People). */
    public static final String DISABLED_MESSAGE =
            "This account is disabled; an admin of your lab can enable it again" + " under Administration > People";

    public record SignedIn(Tokens tokens, UserAccount user) implements LoginOutcome {}

    /**
     * A sign-in or refresh that was turned down.
     *
     * @param code invalid_credentials, account_disabled, invalid_refresh_token
     */
    public record Refused(String code, String message) implements LoginOutcome {}

    /** Too many attempts: the password was not checked; try again after {@code retryAfter}. */
    public record Throttled(Duration retryAfter) implements LoginOutcome, Confirmation {}

    /** Every hashing permit is taken: nothing was checked or counted; try again shortly. */
    public record Busy() implements LoginOutcome, Confirmation {}

    /** The answer to a password re-entered for an e-signature. */
    public sealed interface Confirmation permits Confirmed, NotConfirmed, Throttled, Busy {}

    public record Confirmed() implements Confirmation {}

    public record NotConfirmed() implements Confirmation {}

    /** How a sign-out ended. */
    public record SignedOut(int sessionsEnded) {}

    /** The parts that check who someone is. */
    public record Checks(PasswordHasher hasher, HashingPermits permits, LoginThrottle throttle) {
        public Checks {
            Objects.requireNonNull(hasher, "hasher");
            Objects.requireNonNull(permits, "permits");
            Objects.requireNonNull(throttle, "throttle");
        }
    }

    private final Database database;
    private final AccountLookup accounts;
    private final ObjectMapper mapper;
    private final Checks checks;
    private final TokenService tokens;
    private final RefreshTokens refreshTokens;
    private final AuthenticationAudit audit;
    private final PasswordPolicy policy;

    /** @param policy the server's password policy, which each organization may tighten */
    public LoginService(
            Database database,
            ObjectMapper mapper,
            Checks checks,
            TokenService tokens,
            RefreshTokens refreshTokens,
            AuthenticationAudit audit,
            PasswordPolicy policy) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = new AccountLookup(database);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public LoginOutcome login(String email, char[] password, String clientAddress) {
        Attempt attempt = checkPassword(email, password, clientAddress);
        if (attempt instanceof Failed failed) {
            return failed.outcome();
        }
        AccountLookup.Account login = ((Verified) attempt).account();
        if (hasTemporaryPassword(login)) {
            audited(
                    AuthenticationAudit.Kind.SIGN_IN_FAILED,
                    login,
                    clientAddress,
                    null,
                    "temporary password not yet changed");
            return new Refused(
                    PASSWORD_CHANGE_REQUIRED,
                    "Your password was set by an admin and works only once: choose a new password to sign in");
        }
        return signIn(login, clientAddress);
    }

    /**
     * Replaces the password of the account, proven with the current one: how a person replaces a
     * temporary password (no session exists before that), or changes their own. The new password
     * must meet the organization's policy and differ from the current one; then the person is
     * signed in.
     */
    public LoginOutcome changePassword(String email, char[] current, char[] chosen, String clientAddress) {
        Attempt attempt = checkPassword(email, current, clientAddress);
        if (attempt instanceof Failed failed) {
            return failed.outcome();
        }
        AccountLookup.Account login = ((Verified) attempt).account();
        PasswordPolicy.Verdict verdict = policyOf(login.organizationId()).check(chosen);
        if (verdict instanceof PasswordPolicy.Unacceptable unacceptable) {
            return new Refused(PASSWORD_NOT_ACCEPTABLE, unacceptable.reason());
        }
        if (java.util.Arrays.equals(current, chosen)) {
            return new Refused(PASSWORD_NOT_ACCEPTABLE, "Choose a password other than the current one");
        }
        String hash = checks.hasher().hash(chosen);
        database.inTenant(login.organizationId(), connection -> {
            StoredPasswords.set(connection, login.userId(), hash, false);
            return null;
        });
        audited(AuthenticationAudit.Kind.PASSWORD_CHANGED, login, clientAddress, null, null);
        return signIn(login, clientAddress);
    }

    /** The password policy of an organization: the server's, tightened by its settings. */
    public PasswordPolicy policyOf(UUID organizationId) {
        return policy.forOrganization(
                database.inTenant(organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                        .organization()
                        .map(Organization::settings)
                        .orElse(null)));
    }

    /**
     * Signs in a person someone else has vouched for (the lab's identity provider, ADR 0024): no
     * password is checked here, the caller has verified the provider's token and made sure the
     * account is active. The session and its tokens are the same as after a password sign-in, so
     * refresh, sign-out and the bench's offline rules treat both alike.
     *
     * @param provenBy who vouched, for the audit trail (e.g. "OIDC https://idp.example")
     */
    public SignedIn signInProvenBy(UserAccount user, String provenBy, String clientAddress) {
        IssuedRefreshToken refresh = refreshTokens.issue(user.id(), user.organizationId());
        audit.record(new AuthenticationAudit.Event(
                AuthenticationAudit.Kind.SIGN_IN,
                user.organizationId(),
                user.id(),
                clientAddress,
                refresh.familyId(),
                "signed in through " + provenBy));
        return new SignedIn(issue(user, refresh.token(), refresh.familyId()), user);
    }

    private LoginOutcome signIn(AccountLookup.Account login, String clientAddress) {
        UserAccount user = user(login.organizationId(), login.userId()).orElseThrow();
        IssuedRefreshToken refresh = refreshTokens.issue(user.id(), user.organizationId());
        audited(AuthenticationAudit.Kind.SIGN_IN, login, clientAddress, refresh.familyId(), null);
        return new SignedIn(issue(user, refresh.token(), refresh.familyId()), user);
    }

    private boolean hasTemporaryPassword(AccountLookup.Account login) {
        return database.inTenant(
                login.organizationId(), connection -> StoredPasswords.isTemporary(connection, login.userId()));
    }

    /** A password check: the account it proved, or the answer to give instead. */
    private sealed interface Attempt {}

    private record Verified(AccountLookup.Account account) implements Attempt {}

    private record Failed(LoginOutcome outcome) implements Attempt {}

    /**
     * Checks an e-mail and password through the throttle and a hashing permit; an active account
     * whose password matches is {@link Verified}.
     */
    private Attempt checkPassword(String email, char[] password, String clientAddress) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        ThrottleDecision decision = checks.throttle().reserve(normalized, clientAddress);
        if (decision instanceof ThrottleDecision.Blocked blocked) {
            return new Failed(new Throttled(blocked.retryAfter()));
        }
        Optional<HashingPermits.Permit> permit = checks.permits().tryAcquire();
        if (permit.isEmpty()) {
            // Not the caller's doing: the attempt is not held against the account or the address.
            checks.throttle().release(((ThrottleDecision.Allowed) decision).reservation());
            return new Failed(new Busy());
        }
        Optional<AccountLookup.Account> found;
        boolean passwordMatches;
        // The permit covers the hashing only, not the bookkeeping after it.
        try {
            found = normalized.isEmpty() ? Optional.empty() : findLogin(normalized);
            passwordMatches = (found.isPresent() && found.get().passwordHash() != null)
                    ? checks.hasher().matches(password, found.get().passwordHash())
                    : checks.hasher().rejectUnknownAccount(password);
            if (passwordMatches && found.get().active() && !found.get().deleted()) {
                rehashIfOutdated(found.get(), password);
            }
        } finally {
            permit.get().close();
        }
        if (found.isEmpty() || found.get().deleted() || !passwordMatches) {
            found.filter(login -> !login.deleted())
                    .ifPresent(login -> audited(
                            AuthenticationAudit.Kind.SIGN_IN_FAILED, login, clientAddress, null, "wrong password"));
            return new Failed(new Refused("invalid_credentials", "The e-mail address or the password is wrong"));
        }
        AccountLookup.Account login = found.get();
        checks.throttle().succeeded(normalized, clientAddress);
        if (!login.active()) {
            audited(AuthenticationAudit.Kind.SIGN_IN_FAILED, login, clientAddress, null, "account disabled");
            return new Failed(new Refused(ACCOUNT_DISABLED, DISABLED_MESSAGE));
        }
        return new Verified(login);
    }

    public LoginOutcome refresh(String refreshToken) {
        RefreshRotation rotation = refreshTokens.rotate(refreshToken == null ? "" : refreshToken);
        if (rotation instanceof RefreshRotation.Rejected rejected) {
            if (rejected.reason() == RefreshRejection.REUSED && rejected.userId() != null) {
                audit.record(new AuthenticationAudit.Event(
                        AuthenticationAudit.Kind.REFRESH_TOKEN_REUSED,
                        rejected.organizationId(),
                        rejected.userId(),
                        null,
                        null,
                        "a spent refresh token was presented again; the session was ended"));
            }
            // Why is for the log: the client only learns that it has to sign in again.
            return new Refused("invalid_refresh_token", "not signed in");
        }
        RefreshRotation.Rotated rotated = (RefreshRotation.Rotated) rotation;
        Optional<UserAccount> user = user(rotated.organizationId(), rotated.userId());
        if (user.isEmpty() || user.get().deletedAt() != null || !user.get().active()) {
            refreshTokens.revoke(rotated.newRefreshToken().token());
            return new Refused(ACCOUNT_DISABLED, DISABLED_MESSAGE);
        }
        return new SignedIn(issue(user.get(), rotated.newRefreshToken().token(), rotated.familyId()), user.get());
    }

    /**
     * Re-entry of the password for an e-signature (21 CFR 11.200): the signer proves again who
     * they are. It counts towards the sign-in throttle and takes a hashing permit like a sign-in,
     * so this is no way around either.
     */
    public Confirmation confirmPassword(UserAccount user, char[] password, String clientAddress) {
        ThrottleDecision decision = checks.throttle().reserve(user.email(), clientAddress);
        if (decision instanceof ThrottleDecision.Blocked blocked) {
            return new Throttled(blocked.retryAfter());
        }
        Optional<HashingPermits.Permit> permit = checks.permits().tryAcquire();
        if (permit.isEmpty()) {
            checks.throttle().release(((ThrottleDecision.Allowed) decision).reservation());
            return new Busy();
        }
        try {
            Optional<AccountLookup.Account> login = findLogin(user.email());
            boolean matches = login.isPresent()
                    && login.get().userId().equals(user.id())
                    && login.get().passwordHash() != null
                    && checks.hasher().matches(password, login.get().passwordHash());
            if (!matches) {
                return new NotConfirmed();
            }
            checks.throttle().succeeded(user.email(), clientAddress);
            return new Confirmed();
        } finally {
            permit.get().close();
        }
    }

    /**
     * Sign-out: ends the caller's own session, and the session of {@code refreshToken} if one is
     * given (normally the same). Its access tokens are refused from now on, on every instance.
     */
    public SignedOut logout(UserAccount user, UUID callerSession, String refreshToken, String clientAddress) {
        int ended = 0;
        Optional<UUID> presented = refreshToken == null ? Optional.empty() : refreshTokens.sessionOf(refreshToken);
        if (presented.isPresent() && refreshTokens.revoke(refreshToken)) {
            ended++;
        }
        if (callerSession != null && !presented.equals(Optional.of(callerSession))) {
            refreshTokens.revokeSession(callerSession);
            ended++;
        }
        audit.record(new AuthenticationAudit.Event(
                AuthenticationAudit.Kind.SIGN_OUT,
                user.organizationId(),
                user.id(),
                clientAddress,
                callerSession,
                null));
        return new SignedOut(ended);
    }

    /** Ends every session of the user ("sign out everywhere"). */
    public SignedOut logoutEverywhere(UserAccount user, String clientAddress) {
        int tokens = refreshTokens.revokeAllForUser(user.id());
        audit.record(new AuthenticationAudit.Event(
                AuthenticationAudit.Kind.SIGN_OUT,
                user.organizationId(),
                user.id(),
                clientAddress,
                null,
                "signed out everywhere"));
        return new SignedOut(tokens);
    }

    private Tokens issue(UserAccount user, String refreshToken, UUID sessionId) {
        IssuedAccessToken access =
                tokens.issueAccessToken(user.id(), user.organizationId(), user.role(), user.email(), sessionId);
        long expiresIn =
                Math.max(0, Duration.between(Instant.now(), access.expiresAt()).toSeconds());
        return new Tokens(access.token(), refreshToken, expiresIn);
    }

    private void audited(
            AuthenticationAudit.Kind kind,
            AccountLookup.Account login,
            String clientAddress,
            UUID session,
            String reason) {
        audit.record(new AuthenticationAudit.Event(
                kind, login.organizationId(), login.userId(), clientAddress, session, reason));
    }

    /**
     * A hash made with other settings than the current ones (older, weaker) is replaced by a fresh
     * one now that the password is at hand. Only if it is still the hash that was checked: a
     * password set in the meantime wins.
     */
    private void rehashIfOutdated(AccountLookup.Account login, char[] password) {
        if (!checks.hasher().needsRehash(login.passwordHash())) {
            return;
        }
        String fresh = checks.hasher().hash(password);
        int updated = database.inTenant(login.organizationId(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")) {
                update.setString(1, fresh);
                update.setObject(2, login.userId());
                update.setString(3, login.passwordHash());
                return update.executeUpdate();
            }
        });
        if (updated == 1) {
            LOG.info("Password hash of user {} renewed with the current settings", login.userId());
        }
    }

    private Optional<UserAccount> user(UUID organizationId, UUID userId) {
        List<UserAccount> found =
                database.inTenant(organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                        .find(Table.USERS, "id = ?", userId));
        return found.stream().findFirst();
    }

    private Optional<AccountLookup.Account> findLogin(String email) {
        return accounts.byEmail(email);
    }
}
