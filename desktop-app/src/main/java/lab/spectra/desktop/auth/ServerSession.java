package lab.spectra.desktop.auth;

import java.util.UUID;
import lab.spectra.model.auth.Role;

/**
 * One person's online session with the server. A shared bench PC holds one per signed-in user and
 * sends each user's changes with that user's own session.
 */
public record ServerSession(
        UUID userId,
        UUID organizationId,
        String email,
        String displayName,
        Role role,
        String accessToken,
        String refreshToken) {

    public ServerSession withTokens(String newAccessToken, String newRefreshToken) {
        return new ServerSession(userId, organizationId, email, displayName, role, newAccessToken, newRefreshToken);
    }

    @Override
    public String toString() {
        // Tokens never reach a log line.
        return "ServerSession[" + email + ", " + role + "]";
    }
}
