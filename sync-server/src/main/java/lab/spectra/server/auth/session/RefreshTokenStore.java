package lab.spectra.server.auth.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where refresh tokens are kept (a table in production). {@link RefreshTokens} holds all the
 * rules; a store only keeps rows and makes the one check-and-set that must be atomic.
 *
 * <p>Implementations must be safe for concurrent use, and each call's effect must be visible to
 * every other caller once it returns (for JDBC: each call commits on its own, not inside a
 * transaction the caller keeps open), because {@link RefreshTokens} relies on that order to make
 * sure no successor escapes a family revocation. Rows are never updated except through
 * {@link #markUsed}, {@link #revokeFamily} and {@link #revokeAllForUser}, and those only ever set
 * a null {@code usedAt}/{@code revokedAt}: a used token never becomes unused, a revoked one never
 * valid again.
 */
public interface RefreshTokenStore {

    /**
     * Stores a newly issued token. Its {@code tokenId} is new (a fresh UUID); a store may refuse a
     * duplicate id with an exception, and must never overwrite an existing row.
     */
    void save(StoredRefreshToken token);

    /** The token with this id, whether used, revoked or expired; empty if there is none. */
    Optional<StoredRefreshToken> findById(UUID tokenId);

    /**
     * Marks the token as exchanged for its successor, <b>atomically</b>: sets {@code usedAt} only if
     * the token exists, is not yet used and not revoked, and returns whether this call did so. Of
     * any number of concurrent calls for one token, exactly one may return {@code true}; this is
     * what stops two rotations of the same token from both succeeding. In SQL:
     * {@code UPDATE refresh_token SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL}
     * and return whether one row changed.
     */
    boolean markUsed(UUID tokenId, Instant usedAt);

    /**
     * Revokes every token of the family not revoked yet, setting {@code revokedAt}; returns how many
     * rows it changed. Idempotent: revoking a revoked family changes nothing and returns 0.
     */
    int revokeFamily(UUID familyId, Instant revokedAt);

    /**
     * Revokes every not yet revoked token of the user, in all families (password change, account
     * deactivated, "log out everywhere"); returns how many rows it changed.
     */
    int revokeAllForUser(UUID userId, Instant revokedAt);

    /**
     * Deletes tokens whose {@code expiresAt} lies before {@code cutoff} (housekeeping, so the table
     * does not grow without bound); returns how many it deleted.
     */
    int deleteExpiredBefore(Instant cutoff);
}
