package lab.spectra.server.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Runs: start (refused with 409 on a locked instrument), results, finish, abort, details. */
public final class RunRoutes {

    public record NewRun(UUID id, UUID recipeId, UUID instrumentId, UUID sampleId, UUID deviceId) {}

    public record NewResult(
            UUID id, String quantity, Double value, String unit, String rawDataRef, ObjectNode payload) {}

    public record Abort(String reason) {}

    /** A file to attach to a run: its bytes were uploaded before, by their SHA-256. */
    public record NewAttachment(UUID id, String fileName, String mediaType, Long sizeBytes, String contentSha256) {}

    public static void register(
            ApiRoutes routes, RunQueries runs, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.describeAnswer(HandlerType.GET, "/api/analysis/runs/{id}", RunQueries.RunDetail.class);
        routes.post(
                "/api/analysis/runs",
                "Start a run (409 when the instrument's calibration locks it out)",
                NewRun.class,
                (ctx, user) -> {
                    NewRun body = bodies.read(ctx, NewRun.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new StartRun(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.recipeId(),
                                            body.instrumentId(),
                                            body.sampleId(),
                                            body.deviceId()),
                                    user.asActor()),
                            201);
                });
        ApiRoutes runReaders = routes.alsoForApiKeys(ApiKeyScope.Kind.RUNS_READ.text());
        runReaders.get(
                "/api/analysis/runs",
                "List runs newest first (runs not started yet, then by start time, latest first), optionally by status",
                List.of("limit", "cursor", "status"),
                (ctx, user) -> {
                    String status = ctx.queryParam("status");
                    RunQueries.Filter filter =
                            status == null ? RunQueries.Filter.ALL : new RunQueries.Filter(parseStatus(status));
                    ctx.json(runs.page(user, filter, Pages.request(ctx)));
                });
        runReaders.get(
                "/api/analysis/runs/{id}",
                "A run with its results, and the names of who recorded them (an API key is named as such)",
                List.of(),
                (ctx, user) -> ctx.json(runs.withResults(user, Requests.pathId(ctx, "The run"))
                        .orElseThrow(() -> ApiException.notFound("The run"))));
        String resultsWrite = ApiKeyScope.Kind.RESULTS_WRITE.text();
        routes.alsoForApiKeys(resultsWrite)
                .post(
                        "/api/analysis/runs/{id}/results",
                        "Record a result on a running run",
                        NewResult.class,
                        (ctx, user) -> {
                            UUID run = Requests.pathId(ctx, "The run");
                            ApiRoutes.apiKeyScopesOf(ctx).ifPresent(scopes -> runs.instrumentOf(user, run)
                                    .filter(instrument -> !scopes.allowInstrument(resultsWrite, instrument))
                                    .ifPresent(instrument -> {
                                        throw new ApiException(
                                                403,
                                                "missing_scope",
                                                "This API key may record results only for another instrument; it lacks "
                                                        + resultsWrite + ":" + instrument);
                                    }));
                            NewResult body = bodies.read(ctx, NewResult.class);
                            CommandResponses.send(
                                    ctx,
                                    commands.execute(
                                            new RecordResult(
                                                    metas.of(ctx, user),
                                                    body.id() != null ? body.id() : Ids.newId(),
                                                    run,
                                                    body.quantity(),
                                                    body.value(),
                                                    body.unit(),
                                                    body.rawDataRef(),
                                                    body.payload()),
                                            user.asActor()),
                                    201);
                        });
        routes.alsoForApiKeys(ApiKeyScope.Kind.ATTACHMENTS_WRITE.text())
                .post(
                        "/api/analysis/runs/{id}/files",
                        "Attach a stored file (uploaded through /api/files/uploads) to a run as its raw data",
                        NewAttachment.class,
                        (ctx, user) -> {
                            UUID run = Requests.pathId(ctx, "The run");
                            NewAttachment body = bodies.read(ctx, NewAttachment.class);
                            if (body.sizeBytes() == null) {
                                throw ApiException.badRequest("invalid_input", "size_bytes is required");
                            }
                            CommandResponses.send(
                                    ctx,
                                    commands.execute(
                                            new AttachFile(
                                                    metas.of(ctx, user),
                                                    body.id() != null ? body.id() : Ids.newId(),
                                                    run,
                                                    body.fileName(),
                                                    body.mediaType(),
                                                    body.sizeBytes(),
                                                    body.contentSha256()),
                                            user.asActor()),
                                    201);
                        });
        routes.post("/api/analysis/runs/{id}/finish", "Finish a running run", null, (ctx, user) -> {
            UUID run = Requests.pathId(ctx, "The run");
            CommandResponses.send(ctx, commands.execute(new FinishRun(metas.of(ctx, user), run), user.asActor()), 200);
        });
        routes.post("/api/analysis/runs/{id}/abort", "Abort a run, with a reason", Abort.class, (ctx, user) -> {
            UUID run = Requests.pathId(ctx, "The run");
            Abort body = bodies.read(ctx, Abort.class);
            CommandResponses.send(
                    ctx, commands.execute(new AbortRun(metas.of(ctx, user), run, body.reason()), user.asActor()), 200);
        });
    }

    private static RunStatus parseStatus(String status) {
        try {
            return RunStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "invalid_parameter", "status must be planned, running, finished, aborted or blocked");
        }
    }

    private RunRoutes() {}
}
