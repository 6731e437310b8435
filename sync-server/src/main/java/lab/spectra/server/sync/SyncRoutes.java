package lab.spectra.server.sync;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.RowStreams;
import lab.spectra.model.protocol.SnapshotEnd;
import lab.spectra.model.protocol.SnapshotRow;
import lab.spectra.model.protocol.SnapshotStart;
import lab.spectra.model.protocol.StreamedPullEnd;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Requests;
import lab.spectra.server.http.StreamedLines;
import lab.spectra.server.metrics.SyncMetrics;
import lab.spectra.server.trust.WorkstationGate;
import lab.spectra.server.trust.WorkstationRegistry;

/**
 * {@code POST /sync/push}, {@code GET /sync/pull} and {@code GET /sync/initial-load}: the
 * workstation's way in (SYNC.md, ADR 0032).
 */
public final class SyncRoutes {

    /** Registers the routes; each push's commands and answers and each pull's rows are counted in {@code metrics}. */
    public static void register(
            ApiRoutes routes,
            SyncService sync,
            PullStreams streams,
            JsonBodies bodies,
            WorkstationGate workstations,
            SyncMetrics metrics) {
        routes.signedIn(
                HandlerType.POST,
                "/sync/push",
                "Push pending commands, oldest first; one answer per command (applied, possibly with a review;"
                        + " rejected; conflict), the same answer again for a command sent again. A bench signs each"
                        + " command: meta.time_receipt is the latest spectra-time-receipt+jws it holds, meta.key_id"
                        + " its author's registered device key (RFC 7638 thumbprint), meta.sequence its place in that"
                        + " key's chain (from 1), meta.previous_hash the hex SHA-256 of the key's previous command (64"
                        + " zeros first), meta.signature a spectra-command+jws (ES256) over {cmd, hash}, hash being the"
                        + " hex SHA-256 of 'spectra-command-v1\\n' and the command's canonical JSON (keys sorted, no"
                        + " whitespace) without the signature. Unsigned commands are judged at the server's receive"
                        + " time and only for the caller's own. X-Workstation-Id names the bench; the answer then"
                        + " carries a time receipt for it. From sync protocol 3 on the answer carries a signed"
                        + " spectra-decision-receipt+jws naming the commands applied, and decided_before may carry such"
                        + " receipts for commands sent again after a restore: each command a valid receipt names with"
                        + " its exact content is decided as received when the receipt says. A revoked workstation's changes are each refused (workstation_revoked) and the"
                        + " push is answered 410 workstation_revoked",
                PushRequest.class,
                List.of(),
                200,
                (ctx, user) -> {
                    PushRequest request = bodies.read(ctx, PushRequest.class);
                    if (request.commands().size() > SyncService.MAX_PUSH_BATCH) {
                        throw ApiException.badRequest(
                                "batch_too_large", "Send at most " + SyncService.MAX_PUSH_BATCH + " commands per push");
                    }
                    if (request.commands().stream().anyMatch(Objects::isNull)) {
                        throw ApiException.badRequest("invalid_body", "A pushed command is null");
                    }
                    for (Command command : request.commands()) {
                        PushEvidenceShape.problem(command).ifPresent(problem -> {
                            throw ApiException.badRequest("invalid_evidence", problem);
                        });
                    }
                    Optional<UUID> workstation = Requests.workstationId(ctx);
                    Optional<WorkstationRegistry.Revocation> revoked =
                            workstation.flatMap(bench -> workstations.contact(ctx, user, bench));
                    if (request.decidedBefore().size() > PushRequest.MAX_DECISION_RECEIPTS) {
                        throw ApiException.badRequest(
                                "too_many_receipts",
                                "Send at most " + PushRequest.MAX_DECISION_RECEIPTS + " decision receipts per push");
                    }
                    boolean readsReceipts = SyncProtocol.benchVersion(ctx.header(SyncProtocol.BENCH_HEADER))
                                    .orElse(SyncProtocol.UNVERSIONED)
                            >= SyncProtocol.DECISION_RECEIPTS;
                    PushResponse decided = sync.push(user, workstation, request.commands(), request.decidedBefore());
                    PushResponse answer = readsReceipts ? decided : decided.withoutDecisionReceipt();
                    metrics.pushed(request.commands(), answer);
                    if (revoked.isPresent()) {
                        // The queue of a revoked bench is decided (each change refused as
                        // workstation_revoked, and kept so), then the bench is told to wipe itself.
                        throw WorkstationGate.refusal(revoked.get());
                    }
                    ctx.json(answer);
                });
        routes.describeAnswer(
                HandlerType.GET,
                "/sync/pull",
                new StreamedLines(PullResponse.class, List.of(ChangeEnvelope.class, StreamedPullEnd.class)));
        routes.get(
                "/sync/pull",
                "The caller's organization's changes after a checkpoint, in commit order, with the next checkpoint."
                        + " With 'Accept: " + RowStreams.MEDIA_TYPE + "' the page is streamed as newline-delimited"
                        + " JSON instead (limit up to " + StreamedPull.MAX_LIMIT + ", default "
                        + StreamedPull.DEFAULT_LIMIT + "): one change per line, as in the JSON form (rows table by"
                        + " table, parents first, then tombstones), and last a line {next_checkpoint, has_more,"
                        + " server_time, time_receipt, changes}; a stream without that line was cut and is discarded",
                List.of("after", "limit"),
                (ctx, user) -> {
                    workstations.admit(ctx, user);
                    long after = Requests.longQuery(ctx, "after", 0, 0, Long.MAX_VALUE);
                    sync.refuseCheckpointAhead(user, after);
                    if (streamed(ctx)) {
                        int limit = (int)
                                Requests.longQuery(ctx, "limit", StreamedPull.DEFAULT_LIMIT, 1, StreamedPull.MAX_LIMIT);
                        ctx.contentType(RowStreams.MEDIA_TYPE);
                        metrics.pulled(streams.pull()
                                .write(user, Requests.workstationId(ctx), after, limit, ctx.outputStream()));
                        return;
                    }
                    int limit = (int) Requests.longQuery(
                            ctx, "limit", SyncService.DEFAULT_PULL_LIMIT, 1, SyncService.MAX_PULL_LIMIT);
                    PullResponse page = sync.pull(user, Requests.workstationId(ctx), after, limit);
                    metrics.pulled(page.changes().size());
                    ctx.json(page);
                });
        routes.describeAnswer(
                HandlerType.GET,
                "/sync/initial-load",
                new StreamedLines(null, List.of(SnapshotStart.class, SnapshotRow.class, SnapshotEnd.class)));
        routes.get(
                "/sync/initial-load",
                "Every synced row of the caller's organization as it is now, for a bench with no data yet (ADR 0032),"
                        + " streamed as newline-delimited JSON (" + RowStreams.MEDIA_TYPE + "): first a line"
                        + " {checkpoint, server_time, time_receipt}, then one line {table, data} per row (tables"
                        + " parents first), last a line {rows}. All of it is read in one snapshot and checkpoint is"
                        + " the highest change number visible in it: pull after it for everything since. A stream"
                        + " without its last line was cut and is discarded",
                List.of(),
                (ctx, user) -> {
                    workstations.admit(ctx, user);
                    ctx.contentType(RowStreams.MEDIA_TYPE);
                    metrics.pulled(streams.initialLoad().write(user, Requests.workstationId(ctx), ctx.outputStream()));
                });
    }

    /** Whether the caller asked for the streamed form of a pull page. */
    private static boolean streamed(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(RowStreams.MEDIA_TYPE);
    }

    private SyncRoutes() {}
}
