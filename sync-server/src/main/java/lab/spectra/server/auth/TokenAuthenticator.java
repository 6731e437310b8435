package lab.spectra.server.auth;

import lab.spectra.server.auth.session.SessionRevocations;
import lab.spectra.server.auth.token.AccessClaims;
import lab.spectra.server.auth.token.AccessTokenVerifier;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.http.Authenticator;

/**
 * Accepts this server's access tokens (and an external provider's, when one is configured),
 * unless the sign-in session a token belongs to has ended.
 */
public final class TokenAuthenticator implements Authenticator {

    private final AccessTokenVerifier verifier;
    private final SessionRevocations sessions;

    public TokenAuthenticator(AccessTokenVerifier verifier, SessionRevocations sessions) {
        this.verifier = verifier;
        this.sessions = sessions;
    }

    @Override
    public Authentication authenticate(String bearerToken) {
        TokenVerification verification = verifier.verify(bearerToken);
        if (verification instanceof TokenVerification.Verified verified) {
            AccessClaims claims = verified.claims();
            if (claims.sessionId() != null && sessions.isRevoked(claims.organizationId(), claims.sessionId())) {
                return new NotAuthenticated("session " + claims.sessionId() + " has ended");
            }
            return new Authenticated(claims.userId(), claims.organizationId(), claims.sessionId());
        }
        return new NotAuthenticated(((TokenVerification.Invalid) verification).message());
    }
}
