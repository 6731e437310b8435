package lab.spectra.server.sync;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.OptionalInt;
import java.util.UUID;
import lab.spectra.model.protocol.BenchReleaseNotice;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;

/**
 * Every answer names the sync protocol versions this server accepts and the data's epoch; a call exchanging changes
 * (push, pull, initial load, live events) from a bench of another version is refused before anything of it is read (issue 22): 426 for a bench too old
 * (it must update), 409 for a bench newer than this server (it waits). Neither decides or refuses
 * a single command, so the bench keeps its queue as it is.
 */
public final class ProtocolGate implements Handler {

    /**
     * The exchange of changes; signing in, device keys and snapshots stay open to every version, so
     * a bench a release apart still signs its person in and says why it cannot sync.
     */
    private static final java.util.Set<String> VERSIONED =
            java.util.Set.of("/sync/push", "/sync/pull", "/sync/initial-load", "/sync/events");

    private final SyncProtocol.Range accepted;
    private final String dataEpoch;

    /** @param dataEpoch the data's epoch, named on every answer too (ADR 0040) */
    public ProtocolGate(SyncProtocol.Range accepted, UUID dataEpoch) {
        this.accepted = accepted;
        this.dataEpoch = dataEpoch.toString();
    }

    @Override
    public void handle(Context ctx) {
        ctx.header(SyncProtocol.SERVER_HEADER, accepted.header());
        ctx.header(DataEpoch.HEADER, dataEpoch);
        if (!VERSIONED.contains(ctx.path())) {
            return;
        }
        OptionalInt bench = SyncProtocol.benchVersion(ctx.header(SyncProtocol.BENCH_HEADER));
        if (bench.isEmpty()) {
            throw ApiException.badRequest(
                    "invalid_protocol",
                    SyncProtocol.BENCH_HEADER + " must be a sync protocol version, e.g. " + SyncProtocol.CURRENT);
        }
        SyncProtocol.Verdict verdict = SyncProtocol.judge(bench.getAsInt(), accepted);
        if (verdict instanceof SyncProtocol.BenchTooOld old) {
            throw new ApiException(426, SyncProtocol.BENCH_TOO_OLD, old.message());
        }
        if (verdict instanceof SyncProtocol.ServerTooOld newer) {
            throw new ApiException(409, SyncProtocol.SERVER_TOO_OLD, newer.message());
        }
        String syncedWith = ctx.header(DataEpoch.HEADER);
        if (syncedWith != null && !syncedWith.strip().equals(dataEpoch)) {
            if (DataEpoch.parse(syncedWith).isEmpty()) {
                throw ApiException.badRequest(
                        "invalid_data_epoch", DataEpoch.HEADER + " must be the id of a data epoch");
            }
            // Nothing of the call is read: what the bench sends next must follow the restored data.
            throw new ApiException(
                    409,
                    DataEpoch.EPOCH_CHANGED,
                    "The server's data was restored from a backup since this bench last synced; the bench loads it"
                            + " again and sends what it still holds");
        }
    }

    /** {@code GET /bench/releases}: open to every bench, also one too old to sync. */
    public static void registerNotice(ApiRoutes routes, ServerConfig.BenchReleases releases) {
        SyncProtocol.Range range = releases.protocols();
        BenchReleaseNotice notice = new BenchReleaseNotice(
                range.oldestAccepted(),
                range.newest(),
                releases.latestBenchVersion().orElse(null),
                releases.installerUrl().orElse(null));
        routes.open(
                HandlerType.GET,
                "/bench/releases",
                "The sync protocol versions this server accepts (a bench names its own in the "
                        + SyncProtocol.BENCH_HEADER + " header of every sync call; benches before versioning"
                        + " speak 1), and the lab's current bench release and installer address when the lab"
                        + " announces them. Open to all: a bench too old to sync reads it too",
                null,
                ctx -> ctx.json(notice));
    }
}
