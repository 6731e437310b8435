package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.auth.AuthClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.SessionCalls;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.WorkstationRevokedException;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.AuditCheckpointResponse;
import lab.spectra.model.protocol.BenchReleaseNotice;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.RowStreams;
import lab.spectra.model.protocol.SyncProtocol;

/**
 * The two sync calls, made with a person's session. An expired access token is renewed once with
 * the refresh token and the call repeated; a second refusal means the person must sign in again.
 */
public final class SyncClient {

    private final ServerLink link;
    private final SessionCalls calls;

    public SyncClient(ServerLink link, AuthClient auth, Sessions sessions) {
        this.link = link;
        this.calls = new SessionCalls(auth, sessions);
    }

    /**
     * Whether this bench and its server speak a common sync protocol, as far as the server's latest
     * answer tells; asked again of the server ({@code /bench/releases}) when that answer said no,
     * since the server may have been updated since.
     */
    public SyncProtocol.Verdict protocolVerdict() {
        if (lastKnownVerdict() instanceof SyncProtocol.Speaks) {
            return new SyncProtocol.Speaks();
        }
        releases();
        return lastKnownVerdict();
    }

    /**
     * What the server tells benches about releases (open to every bench); a server from before
     * issue 22 has no such page and answers 404 ({@link ServerRefusedException}).
     */
    public BenchReleaseNotice releases() {
        return link.get("/bench/releases", null, BenchReleaseNotice.class);
    }

    /** Speaks when the server has not named its versions (a server before versioning reads version 2's bodies). */
    private SyncProtocol.Verdict lastKnownVerdict() {
        return link.serverProtocols()
                .map(range -> SyncProtocol.judge(link.syncProtocol(), range))
                .orElseGet(SyncProtocol.Speaks::new);
    }

    /** The epoch of its data the server named in its latest answer (ADR 0040). */
    public Optional<UUID> serverDataEpoch() {
        return link.serverDataEpoch();
    }

    /** Names, on every call from now on, the epoch of the server's data this bench synced with. */
    public void syncedWithDataEpoch(Optional<UUID> epoch) {
        link.syncedWithDataEpoch(epoch);
    }

    public PushResponse push(ServerSession session, List<Command> commands) {
        return push(session, commands, List.of());
    }

    /** A push, with the server's decision receipts for commands sent again after a restore (ADR 0040). */
    public PushResponse push(ServerSession session, List<Command> commands, List<String> decidedBefore) {
        return withSession(
                session,
                current -> link.post(
                        "/sync/push",
                        current.accessToken(),
                        new PushRequest(commands, decidedBefore),
                        PushResponse.class));
    }

    public PullResponse pull(ServerSession session, long after, int limit) {
        return withSession(
                session,
                current -> link.get(
                        "/sync/pull?after=" + after + "&limit=" + limit, current.accessToken(), PullResponse.class));
    }

    /**
     * A pull page streamed (ADR 0032), read by {@code reader} as it arrives; a server of an
     * earlier release answers the JSON form instead, which the reader is told by its media type.
     */
    public <T> T pullStreamed(ServerSession session, long after, int limit, ServerLink.StreamReader<T> reader) {
        return withSession(
                session,
                current -> link.stream(
                        "/sync/pull?after=" + after + "&limit=" + limit,
                        current.accessToken(),
                        RowStreams.MEDIA_TYPE + ", application/json;q=0.5",
                        reader));
    }

    /**
     * Every synced row of the organization in one snapshot, for a bench with none yet (ADR 0032);
     * a server of an earlier release answers 404 ({@link ServerRefusedException}).
     */
    public <T> T initialLoad(ServerSession session, ServerLink.StreamReader<T> reader) {
        return withSession(
                session,
                current -> link.stream("/sync/initial-load", current.accessToken(), RowStreams.MEDIA_TYPE, reader));
    }

    /** The person's fresh signed identity snapshot for this bench, or null when the server knows no key of theirs here. */
    public String snapshot(ServerSession session) {
        try {
            return withSession(session, current -> link.get("/sync/snapshot", current.accessToken(), JsonNode.class)
                    .path("snapshot")
                    .asText(null));
        } catch (WorkstationRevokedException revoked) {
            throw revoked;
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
        return calls.call(session, "to send their changes", call);
    }
}
