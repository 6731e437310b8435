package lab.spectra.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;

/**
 * Sign-in, token refresh and sign-out. Failed attempts are throttled per account and per
 * address; an unknown e-mail costs as much time as a wrong password, so neither the answer nor
 * its timing tells whether an account exists.
 */
public final class LoginService {

    /** What a client gets after signing in or refreshing. */
    public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {}

    public sealed interface LoginOutcome permits SignedIn, Refused, Throttled {}

    public record SignedIn(Tokens tokens, UserAccount user) implements LoginOutcome {}

    /**
     * A sign-in or refresh that was turned down.
     *
     * @param code invalid_credentials, account_disabled, invalid_refresh_token
     */
    public record Refused(String code, String message) implements LoginOutcome {}

    public record Throttled(Duration retryAfter) implements LoginOutcome {}

    private record LoginRecord(
            UUID userId, UUID organizationId, String passwordHash, boolean active, boolean deleted) {}

    private final Database database;
    private final ObjectMapper mapper;
    private final PasswordHasher passwordHasher;
    private final TokenService tokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;

    public LoginService(
            Database database,
            ObjectMapper mapper,
            PasswordHasher passwordHasher,
            TokenService tokens,
            RefreshTokens refreshTokens,
            LoginThrottle throttle) {
        this.database = database;
        this.mapper = mapper;
        this.passwordHasher = passwordHasher;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
    }

    public LoginOutcome login(String email, char[] password, String clientAddress) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (throttle.check(normalized, clientAddress) instanceof ThrottleDecision.Blocked blocked) {
            return new Throttled(blocked.retryAfter());
        }
        Optional<LoginRecord> found = normalized.isEmpty() ? Optional.empty() : findLogin(normalized);
        boolean passwordMatches = (found.isPresent() && found.get().passwordHash() != null)
                ? passwordHasher.matches(password, found.get().passwordHash())
                : passwordHasher.rejectUnknownAccount(password);
        if (found.isEmpty() || found.get().deleted() || !passwordMatches) {
            throttle.recordFailure(normalized, clientAddress);
            return new Refused("invalid_credentials", "The e-mail address or the password is wrong");
        }
        LoginRecord login = found.get();
        if (!login.active()) {
            return new Refused("account_disabled", "This account is disabled; ask an admin of your lab to enable it");
        }
        throttle.recordSuccess(normalized, clientAddress);
        UserAccount user = user(login.organizationId(), login.userId()).orElseThrow();
        return new SignedIn(
                issue(
                        user,
                        refreshTokens.issue(user.id(), user.organizationId()).token()),
                user);
    }

    public LoginOutcome refresh(String refreshToken) {
        RefreshRotation rotation = refreshTokens.rotate(refreshToken == null ? "" : refreshToken);
        if (rotation instanceof RefreshRotation.Rejected rejected) {
            return new Refused("invalid_refresh_token", "Sign in again: " + rejected.message());
        }
        RefreshRotation.Rotated rotated = (RefreshRotation.Rotated) rotation;
        Optional<UserAccount> user = user(rotated.organizationId(), rotated.userId());
        if (user.isEmpty() || user.get().deletedAt() != null || !user.get().active()) {
            refreshTokens.revoke(rotated.newRefreshToken().token());
            return new Refused("account_disabled", "This account is disabled; ask an admin of your lab to enable it");
        }
        return new SignedIn(issue(user.get(), rotated.newRefreshToken().token()), user.get());
    }

    /**
     * Re-entry of the password for an e-signature (21 CFR 11.200): the signer proves again who
     * they are. Failures count towards the sign-in throttle, so this is no way around it.
     */
    public boolean confirmPassword(UserAccount user, char[] password, String clientAddress) {
        if (throttle.check(user.email(), clientAddress) instanceof ThrottleDecision.Blocked) {
            return false;
        }
        Optional<LoginRecord> login = findLogin(user.email());
        boolean matches = login.isPresent()
                && login.get().userId().equals(user.id())
                && login.get().passwordHash() != null
                && passwordHasher.matches(password, login.get().passwordHash());
        if (matches) {
            throttle.recordSuccess(user.email(), clientAddress);
        } else {
            throttle.recordFailure(user.email(), clientAddress);
        }
        return matches;
    }

    /** Revokes the whole session the refresh token belongs to. */
    public boolean logout(String refreshToken) {
        return refreshToken != null && refreshTokens.revoke(refreshToken);
    }

    /** Ends every session of the user (logout without a refresh token at hand). */
    public int logoutEverywhere(UUID userId) {
        return refreshTokens.revokeAllForUser(userId);
    }

    private Tokens issue(UserAccount user, String refreshToken) {
        IssuedAccessToken access = tokens.issueAccessToken(user.id(), user.organizationId(), user.role(), user.email());
        long expiresIn =
                Math.max(0, Duration.between(Instant.now(), access.expiresAt()).toSeconds());
        return new Tokens(access.token(), refreshToken, expiresIn);
    }

    private Optional<UserAccount> user(UUID organizationId, UUID userId) {
        List<UserAccount> found =
                database.inTenant(organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                        .find(Table.USERS, "id = ?", userId));
        return found.stream().findFirst();
    }

    /** Before the tenant is known: as the login role, the only one allowed to look across tenants. */
    private Optional<LoginRecord> findLogin(String email) {
        return database.asLoginRole(connection -> {
            String sql = database.dialect() == SqlDialect.POSTGRESQL
                    ? "SELECT user_id, organization_id, password_hash, active, deleted FROM spectra_find_login(?)"
                    : "SELECT id, organization_id, password_hash, active, deleted_at IS NOT NULL FROM users"
                            + " WHERE lower(email) = lower(?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, email);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<LoginRecord>empty();
                    }
                    return Optional.of(new LoginRecord(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getString(3),
                            row.getBoolean(4),
                            row.getBoolean(5)));
                }
            }
        });
    }
}
