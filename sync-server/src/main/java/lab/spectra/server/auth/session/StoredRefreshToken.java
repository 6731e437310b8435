package lab.spectra.server.auth.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token as the server keeps it: never the secret itself, only its SHA-256.
 *
 * @param tokenId         the public part of the token and the primary key
 * @param familyId        the login session: every token obtained by rotating one login's token
 * @param userId          whose session it is
 * @param organizationId  the tenant of that user
 * @param secretHash      SHA-256 of the secret, 64 lower-case hex digits
 * @param issuedAt        when this token was issued
 * @param expiresAt       when this token stops working (also when the session ends, whichever
 *                        is first)
 * @param sessionExpiresAt when the whole family stops working, however often it is rotated
 * @param usedAt          when the token was exchanged for its successor; null while unused
 * @param revokedAt       when its family was revoked (logout, reuse, password change); null
 *                        while valid
 */
public record StoredRefreshToken(
        UUID tokenId,
        UUID familyId,
        UUID userId,
        UUID organizationId,
        String secretHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant sessionExpiresAt,
        Instant usedAt,
        Instant revokedAt) {

    public StoredRefreshToken {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(sessionExpiresAt, "sessionExpiresAt");
        if (secretHash.length() != 64) {
            throw new IllegalArgumentException("secretHash must be 64 hex digits (SHA-256)");
        }
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public StoredRefreshToken withUsedAt(Instant instant) {
        return new StoredRefreshToken(
                tokenId,
                familyId,
                userId,
                organizationId,
                secretHash,
                issuedAt,
                expiresAt,
                sessionExpiresAt,
                instant,
                revokedAt);
    }

    public StoredRefreshToken withRevokedAt(Instant instant) {
        return new StoredRefreshToken(
                tokenId,
                familyId,
                userId,
                organizationId,
                secretHash,
                issuedAt,
                expiresAt,
                sessionExpiresAt,
                usedAt,
                instant);
    }
}
