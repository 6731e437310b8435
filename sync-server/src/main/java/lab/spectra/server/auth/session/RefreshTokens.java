package lab.spectra.server.auth.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opaque, rotating refresh tokens with reuse detection.
 *
 * <p>A token is {@code <tokenId>.<secret>}: the id (a UUID) finds the row, the secret (256 random
 * bits, base64url) proves possession. Only the SHA-256 of the secret is stored, so a leaked table
 * cannot be replayed; a fast hash is enough because the secret is random, not a password.
 *
 * <p>Every exchange ({@link #rotate}) spends the presented token and issues a successor in the same
 * family (one family per login). A spent token presented again means two parties hold it, the
 * client and a thief, and there is no telling which is which: the whole family is revoked and
 * both must log in again. That includes two concurrent rotations of one token: exactly one wins
 * and the other revokes the family, so clients must serialize their refreshes.
 */
public final class RefreshTokens {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);

    private static final int SECRET_BYTES = 32;
    private static final int SECRET_CHARS = 43;
    private static final int TOKEN_CHARS = 36 + 1 + SECRET_CHARS;

    private final RefreshTokenStore store;
    private final RefreshTokenSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Tokens valid 14 days, sessions at most 90 days. */
    public RefreshTokens(RefreshTokenStore store, Clock clock) {
        this(store, RefreshTokenSettings.DEFAULTS, clock);
    }

    public RefreshTokens(RefreshTokenStore store, RefreshTokenSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts a new family for a user who has just logged in with their password. */
    public IssuedRefreshToken issue(UUID userId, UUID organizationId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Instant now = clock.instant();
        return issueInFamily(Ids.newId(), userId, organizationId, now.plus(settings.sessionLifetime()), now);
    }

    /** Exchanges a refresh token for its successor; see the class comment for the rules. */
    public RefreshRotation rotate(String presentedToken) {
        Optional<Presented> parsed = Presented.parse(presentedToken);
        if (parsed.isEmpty()) {
            return rejected(RefreshRejection.MALFORMED, "not a refresh token");
        }
        Presented presented = parsed.get();
        Optional<StoredRefreshToken> found = findMatching(presented);
        if (found.isEmpty()) {
            return rejected(RefreshRejection.UNKNOWN, "no token " + presented.tokenId() + " with that secret");
        }
        StoredRefreshToken stored = found.get();
        Instant now = clock.instant();
        if (stored.isRevoked()) {
            return rejected(RefreshRejection.REVOKED, "family " + stored.familyId() + " was revoked");
        }
        // Reuse is checked before expiry: a spent token showing up again is evidence of theft even
        // when it is old, and the family it belongs to may still be alive.
        if (stored.isUsed()) {
            return reuseDetected(stored, now);
        }
        if (!now.isBefore(stored.expiresAt())) {
            return rejected(
                    RefreshRejection.EXPIRED, "token " + stored.tokenId() + " expired at " + stored.expiresAt());
        }
        if (!store.markUsed(stored.tokenId(), now)) {
            // Someone spent or revoked it between our read and our write: a concurrent rotation
            // (reuse) or a concurrent logout.
            StoredRefreshToken current = store.findById(stored.tokenId()).orElse(stored);
            if (current.isRevoked() && !current.isUsed()) {
                return rejected(RefreshRejection.REVOKED, "family " + stored.familyId() + " was revoked");
            }
            return reuseDetected(stored, now);
        }
        IssuedRefreshToken successor = issueInFamily(
                stored.familyId(), stored.userId(), stored.organizationId(), stored.sessionExpiresAt(), now);
        // A concurrent reuse or logout may have revoked the family between our markUsed and our
        // save, missing the successor. Looking again after the save closes that gap: either that
        // revocation ran after the save and caught the successor, or we see it now and repeat it.
        // The rotation still counts as done (it came first); the successor is simply dead.
        if (store.findById(stored.tokenId()).map(StoredRefreshToken::isRevoked).orElse(true)) {
            store.revokeFamily(stored.familyId(), now);
        }
        return new RefreshRotation.Rotated(successor, stored.userId(), stored.organizationId(), stored.familyId());
    }

    /**
     * Logout: revokes the family of the presented token (which may be a spent one of the same
     * family, as long as its secret is right). Returns whether a family was found to revoke; a
     * malformed or unknown token revokes nothing, so nobody can log out someone else by id alone.
     */
    public boolean revoke(String presentedToken) {
        Optional<StoredRefreshToken> found = Presented.parse(presentedToken).flatMap(this::findMatching);
        if (found.isEmpty()) {
            return false;
        }
        store.revokeFamily(found.get().familyId(), clock.instant());
        return true;
    }

    /** Ends every session of the user: password change, deactivation, "log out everywhere". */
    public int revokeAllForUser(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return store.revokeAllForUser(userId, clock.instant());
    }

    /**
     * Deletes tokens that expired more than a session lifetime ago. Keeping expired tokens that
     * long means a spent token presented late is still recognised as reuse while its family may
     * live.
     */
    public int purgeExpired() {
        return store.deleteExpiredBefore(clock.instant().minus(settings.sessionLifetime()));
    }

    private IssuedRefreshToken issueInFamily(
            UUID familyId, UUID userId, UUID organizationId, Instant sessionExpiresAt, Instant now) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        UUID tokenId = Ids.newId();
        Instant tokenExpiry = now.plus(settings.tokenLifetime());
        Instant expiresAt = tokenExpiry.isBefore(sessionExpiresAt) ? tokenExpiry : sessionExpiresAt;
        store.save(new StoredRefreshToken(
                tokenId,
                familyId,
                userId,
                organizationId,
                sha256Hex(secret),
                now,
                expiresAt,
                sessionExpiresAt,
                null,
                null));
        String token = tokenId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new IssuedRefreshToken(token, tokenId, familyId, expiresAt);
    }

    /** The stored token for {@code presented}, if it exists and the secret matches (in constant time). */
    private Optional<StoredRefreshToken> findMatching(Presented presented) {
        return store.findById(presented.tokenId())
                .filter(stored -> MessageDigest.isEqual(
                        stored.secretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256Hex(presented.secret()).getBytes(StandardCharsets.US_ASCII)));
    }

    private RefreshRotation reuseDetected(StoredRefreshToken stored, Instant now) {
        int revoked = store.revokeFamily(stored.familyId(), now);
        LOG.warn(
                "Refresh token {} of user {} presented again after it was spent; revoked its family {} ({} tokens)",
                stored.tokenId(),
                stored.userId(),
                stored.familyId(),
                revoked);
        LOG.debug("Refresh token rejected: {}", RefreshRejection.REUSED.code());
        return new RefreshRotation.Rejected(
                RefreshRejection.REUSED,
                "token " + stored.tokenId() + " was already used; family revoked",
                stored.userId(),
                stored.organizationId());
    }

    /**
     * Ends one sign-in session (a family) by its id, for a caller who holds one of its access
     * tokens; returns whether it had tokens left to revoke.
     */
    public boolean revokeSession(UUID familyId) {
        Objects.requireNonNull(familyId, "familyId");
        return store.revokeFamily(familyId, clock.instant()) > 0;
    }

    /** The family (session) a presented token belongs to, if the token is genuine. */
    public Optional<UUID> sessionOf(String presentedToken) {
        return Presented.parse(presentedToken).flatMap(this::findMatching).map(StoredRefreshToken::familyId);
    }

    private static RefreshRotation.Rejected rejected(RefreshRejection reason, String message) {
        LOG.debug("Refresh token rejected: {} ({})", reason.code(), message);
        return new RefreshRotation.Rejected(reason, message);
    }

    private static String sha256Hex(byte[] secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A presented token, split and decoded; built only from input of exactly the issued form. */
    @SuppressWarnings("ArrayRecordComponent") // never compared or hashed, only digested
    private record Presented(UUID tokenId, byte[] secret) {

        static Optional<Presented> parse(String token) {
            if (token == null || token.length() != TOKEN_CHARS || token.charAt(36) != '.') {
                return Optional.empty();
            }
            String id = token.substring(0, 36);
            String secret = token.substring(37);
            try {
                UUID tokenId = UUID.fromString(id);
                if (!tokenId.toString().equals(id)) {
                    return Optional.empty();
                }
                byte[] bytes = Base64.getUrlDecoder().decode(secret);
                return bytes.length == SECRET_BYTES ? Optional.of(new Presented(tokenId, bytes)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
