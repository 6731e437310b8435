package lab.spectra.server.auth;

import lab.spectra.server.http.Authenticator;

/** Accepts this server's access tokens (and an external provider's, when one is configured). */
public final class TokenAuthenticator implements Authenticator {

    private final AccessTokenVerifier verifier;

    public TokenAuthenticator(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Authentication authenticate(String bearerToken) {
        TokenVerification verification = verifier.verify(bearerToken);
        if (verification instanceof TokenVerification.Verified verified) {
            return new Authenticated(
                    verified.claims().userId(), verified.claims().organizationId());
        }
        return new NotAuthenticated(((TokenVerification.Invalid) verification).message());
    }
}
