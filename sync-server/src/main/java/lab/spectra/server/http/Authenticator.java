package lab.spectra.server.http;

import java.util.UUID;

/** Turns a bearer token into the user it was issued to, or says why it cannot. */
public interface Authenticator {

    Authentication authenticate(String bearerToken);

    sealed interface Authentication permits Authenticated, NotAuthenticated {}

    /**
     * A token that may be used.
     *
     * @param sessionId the sign-in session the token belongs to, checked against the ended ones;
     *                  null for tokens of an external issuer
     */
    record Authenticated(UUID userId, UUID organizationId, UUID sessionId) implements Authentication {}

    /**
     * No usable credentials came with the request.
     *
     * @param reason a short phrase for the 401 message; never echoes the token
     */
    record NotAuthenticated(String reason) implements Authentication {}
}
