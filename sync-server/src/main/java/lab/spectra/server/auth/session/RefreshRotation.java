package lab.spectra.server.auth.session;

import java.util.Objects;
import java.util.UUID;

/** The outcome of presenting a refresh token. */
public sealed interface RefreshRotation {

    /**
     * The token was exchanged. The caller reloads the user (still active? current role?) before
     * issuing an access token for {@code userId}, and hands {@code newRefreshToken} to the client:
     * the presented token is now spent.
     */
    record Rotated(IssuedRefreshToken newRefreshToken, UUID userId, UUID organizationId, UUID familyId)
            implements RefreshRotation {
        public Rotated {
            Objects.requireNonNull(newRefreshToken, "newRefreshToken");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(familyId, "familyId");
        }
    }

    /**
     * The token was refused; {@code message} is for the server log. When the token was known (a
     * spent or revoked one), {@code userId} and {@code organizationId} say whose it was, so a reuse
     * can be audited; otherwise they are null.
     */
    record Rejected(RefreshRejection reason, String message, UUID userId, UUID organizationId)
            implements RefreshRotation {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        public Rejected(RefreshRejection reason, String message) {
            this(reason, message, null, null);
        }
    }
}
