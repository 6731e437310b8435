package lab.spectra.server.auth.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.oidc.OidcTokenVerifier;

/**
 * What a verified access token says about its bearer, whichever issuer signed it (this server or
 * a configured OIDC provider). The role is the one in the token; the server still checks that the
 * account is active and may reload the current role for sensitive operations.
 *
 * @param userId         the user: for this server's tokens the {@code sub}; for an external issuer a
 *                       stable id derived from issuer and subject (see {@link OidcTokenVerifier})
 * @param organizationId the tenant every request of this bearer is scoped to
 * @param role           the bearer's role in that organization
 * @param email          the bearer's email address
 * @param issuer         the {@code iss} that was verified
 * @param subject        the raw {@code sub} as the issuer wrote it
 * @param tokenId        the {@code jti} (for an external token without one, a digest of the token)
 * @param issuedAt       the {@code iat}
 * @param expiresAt      the {@code exp}
 * @param sessionId      the sign-in session ({@code sid}) of this server's tokens, which sign-out
 *                       ends; null for an external issuer's, whose sessions that issuer keeps
 */
public record AccessClaims(
        UUID userId,
        UUID organizationId,
        Role role,
        String email,
        String issuer,
        String subject,
        String tokenId,
        Instant issuedAt,
        Instant expiresAt,
        UUID sessionId) {

    public AccessClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
