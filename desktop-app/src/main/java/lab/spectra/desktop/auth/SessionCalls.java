package lab.spectra.desktop.auth;

import java.util.function.Function;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerUnreachableException;

/**
 * Calls made with a person's session: an expired access token is renewed once with the refresh
 * token and the call repeated; a second refusal means the person must sign in again.
 */
public final class SessionCalls {

    private final AuthClient auth;
    private final Sessions sessions;

    public SessionCalls(AuthClient auth, Sessions sessions) {
        this.auth = auth;
        this.sessions = sessions;
    }

    /** @param purpose what the person would be signing in again for, e.g. "to send their changes" */
    public <T> T call(ServerSession session, String purpose, Function<ServerSession, T> call) {
        ServerSession current = sessions.of(session.userId()).orElse(session);
        try {
            return call.apply(current);
        } catch (NotSignedInException expired) {
            ServerSession renewed;
            try {
                renewed = auth.refresh(current);
            } catch (ServerUnreachableException notNow) {
                // Not a refusal: the session stays, and the person with it (the bench works offline).
                throw notNow;
            } catch (RuntimeException refused) {
                sessions.signedOut(current.userId());
                throw new NotSignedInException(current.displayName() + " has to sign in again " + purpose);
            }
            sessions.renewed(renewed);
            return call.apply(renewed);
        }
    }
}
