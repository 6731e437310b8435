package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lab.spectra.desktop.auth.AuthClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.AuditCheckpointResponse;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;

/**
 * The two sync calls, made with a person's session. An expired access token is renewed once with
 * the refresh token and the call repeated; a second refusal means the person must sign in again.
 */
public final class SyncClient {

    private final ServerLink link;
    private final AuthClient auth;
    private final Sessions sessions;

    public SyncClient(ServerLink link, AuthClient auth, Sessions sessions) {
        this.link = link;
        this.auth = auth;
        this.sessions = sessions;
    }

    public PushResponse push(ServerSession session, List<Command> commands) {
        return withSession(
                session,
                current ->
                        link.post("/sync/push", current.accessToken(), new PushRequest(commands), PushResponse.class));
    }

    public PullResponse pull(ServerSession session, long after, int limit) {
        return withSession(
                session,
                current -> link.get(
                        "/sync/pull?after=" + after + "&limit=" + limit, current.accessToken(), PullResponse.class));
    }

    /** The person's fresh signed identity snapshot for this bench, or null when the server knows no key of theirs here. */
    public String snapshot(ServerSession session) {
        try {
            return withSession(session, current -> link.get("/sync/snapshot", current.accessToken(), JsonNode.class)
                    .path("snapshot")
                    .asText(null));
        } catch (ServerRefusedException e) {
            return null;
        }
    }

    /** The newest signed checkpoint of the organization's audit trail, if the server has signed one. */
    public Optional<String> auditCheckpoint(ServerSession session) {
        return Optional.ofNullable(withSession(
                        session,
                        current -> link.get(
                                "/sync/audit-checkpoint", current.accessToken(), AuditCheckpointResponse.class))
                .checkpoint());
    }

    private <T> T withSession(ServerSession session, Function<ServerSession, T> call) {
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
                throw new NotSignedInException(current.displayName() + " has to sign in again to send their changes");
            }
            sessions.renewed(renewed);
            return call.apply(renewed);
        }
    }
}
