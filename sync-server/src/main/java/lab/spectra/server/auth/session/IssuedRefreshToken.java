package lab.spectra.server.auth.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A new refresh token for the client.
 *
 * @param token     {@code <tokenId>.<secret>}, to hand to the client once; the server cannot
 *                  produce it again
 * @param tokenId   the token's id (the part before the dot)
 * @param familyId  the login session it belongs to
 * @param expiresAt when it stops working unless rotated before
 */
public record IssuedRefreshToken(String token, UUID tokenId, UUID familyId, Instant expiresAt) {

    public IssuedRefreshToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        // The secret must not reach a log through a printed record.
        return "IssuedRefreshToken[tokenId=" + tokenId + ", familyId=" + familyId + ", expiresAt=" + expiresAt + "]";
    }
}
