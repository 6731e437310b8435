package lab.spectra.server.auth.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A freshly signed access token.
 *
 * @param token     the compact JWT to hand to the client
 * @param tokenId   its {@code jti}
 * @param expiresAt its {@code exp}, for the {@code expires_in} of a login response
 */
public record IssuedAccessToken(String token, String tokenId, Instant expiresAt) {

    public IssuedAccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        // Keep bearer tokens out of logs that print records.
        return "IssuedAccessToken[tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]";
    }
}
