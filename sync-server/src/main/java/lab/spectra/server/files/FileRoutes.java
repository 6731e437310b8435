package lab.spectra.server.files;

import io.javalin.http.HandlerType;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.admin.OrganizationSettingsService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Requests;

/**
 * Files by content over HTTP: {@code POST /api/files/uploads} announces a file (SHA-256 and size)
 * and answers where its upload stands (or that the lab has it already); {@code PUT
 * /api/files/uploads/{id}?offset=} sends the next part; {@code GET /api/files/uploads/{id}} says
 * where to resume; {@code POST /api/files/uploads/{id}/complete} stores the file once its bytes
 * hash right; {@code GET /api/files/{sha256}} returns a stored file. Thin: {@link FileUploads}
 * decides.
 */
public final class FileRoutes {

    /** A file to upload: its SHA-256 (lower-case hex) and size. */
    public record Announcement(String contentSha256, Long sizeBytes) {}

    /** Where an upload stands: send from {@code received_bytes}; nothing to send once {@code stored}. */
    public record Upload(UUID uploadId, String contentSha256, long sizeBytes, long receivedBytes, boolean stored) {

        static Upload of(FileUploads.UploadState state) {
            return new Upload(
                    state.uploadId(), state.contentSha256(), state.sizeBytes(), state.receivedBytes(), state.stored());
        }
    }

    public record OffsetRefused(String code, String message, long receivedBytes) {}

    private FileRoutes() {}

    public static void register(
            ApiRoutes routes, FileUploads files, OrganizationSettingsService settings, JsonBodies bodies) {
        routes.describeAnswer(HandlerType.POST, "/api/files/uploads", Upload.class);
        routes.describeAnswer(HandlerType.GET, "/api/files/uploads/{id}", Upload.class);
        routes.describeAnswer(HandlerType.PUT, "/api/files/uploads/{id}", Upload.class);
        routes.describeAnswer(HandlerType.POST, "/api/files/uploads/{id}/complete", Upload.class);
        routes.describeAnswer(HandlerType.GET, "/api/files/{sha256}", byte[].class);
        // Instrument software uploads a run's raw file the way the bench does (ADR 0023).
        ApiRoutes uploaders = routes.alsoForApiKeys(ApiKeyScope.Kind.ATTACHMENTS_WRITE.text());
        uploaders.signedIn(
                HandlerType.POST,
                "/api/files/uploads",
                "Announce a file by its SHA-256 and size: where its upload stands (resume from received_bytes),"
                        + " or stored when the lab has it already",
                Announcement.class,
                List.of(),
                201,
                (ctx, user) -> {
                    requireUploader(user);
                    Announcement body = bodies.read(ctx, Announcement.class);
                    if (body.sizeBytes() == null) {
                        throw ApiException.badRequest("invalid_input", "size_bytes is required");
                    }
                    FileUploads.Outcome outcome = files.start(
                            user,
                            body.contentSha256(),
                            body.sizeBytes(),
                            settings.current(user).attachmentLimitBytes());
                    FileUploads.UploadState state = accepted(outcome);
                    boolean fresh = !state.stored() && state.receivedBytes() == 0;
                    ctx.status(fresh ? 201 : 200).json(Upload.of(state));
                });
        uploaders.get(
                "/api/files/uploads/{id}",
                "Where an upload stands, to resume it",
                List.of(),
                (ctx, user) -> ctx.json(Upload.of(accepted(files.status(user, Requests.pathId(ctx, "The upload"))))));
        uploaders.signedIn(
                HandlerType.PUT,
                "/api/files/uploads/{id}",
                "The next part of an upload, at ?offset= (where the upload stands); at most one chunk",
                byte[].class,
                List.of("offset"),
                200,
                routes.limits().rawUploadChunk(),
                (ctx, user) -> {
                    requireUploader(user);
                    UUID id = Requests.pathId(ctx, "The upload");
                    long offset = Requests.longQuery(ctx, "offset", -1, 0, Long.MAX_VALUE);
                    if (offset < 0) {
                        throw ApiException.badRequest(
                                "invalid_parameter", "offset is required: where this part starts");
                    }
                    FileUploads.Outcome outcome = files.append(user, id, offset, ctx.bodyAsBytes());
                    if (outcome instanceof FileUploads.OffsetMismatch mismatch) {
                        ctx.status(409)
                                .json(new OffsetRefused(
                                        "offset_mismatch",
                                        "The upload stands at " + mismatch.receivedBytes()
                                                + " bytes; send the part that starts there",
                                        mismatch.receivedBytes()));
                        return;
                    }
                    ctx.json(Upload.of(accepted(outcome)));
                });
        uploaders.signedIn(
                HandlerType.POST,
                "/api/files/uploads/{id}/complete",
                "Store the uploaded file once every byte is there and hashes to the announced SHA-256",
                null,
                List.of(),
                201,
                (ctx, user) -> {
                    requireUploader(user);
                    ctx.status(201).json(Upload.of(accepted(files.complete(user, Requests.pathId(ctx, "The upload")))));
                });
        routes.alsoForApiKeys(ApiKeyScope.Kind.RUNS_READ.text())
                .get(
                        "/api/analysis/runs/{id}/files",
                        "The files attached to a run (raw instrument exports), with whether their bytes are on the server"
                                + " and who attached them (an API key is named as such)",
                        List.of(),
                        (ctx, user) -> ctx.json(Map.of(
                                "items",
                                files.attachedToRun(user.organizationId(), Requests.pathId(ctx, "The run"))
                                        .orElseThrow(() -> ApiException.notFound("The run")))));
        routes.get(
                "/api/files/{sha256}",
                "A stored file of the lab, by its SHA-256 (404 for any other organization's)",
                List.of(),
                (ctx, user) -> {
                    String hash = ctx.pathParam("sha256");
                    FileUploads.StoredFile file = files.find(user.organizationId(), hash)
                            .orElseThrow(() -> ApiException.notFound("The file"));
                    ctx.contentType("application/octet-stream");
                    // No Content-Length of our own: the server may compress the answer on the way.
                    ctx.header("X-Content-Size", Long.toString(file.sizeBytes()));
                    ctx.header("ETag", "\"" + file.contentSha256() + "\"");
                    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
                    OutputStream out = ctx.outputStream();
                    files.copyTo(user.organizationId(), file, out);
                });
    }

    private static void requireUploader(UserAccount user) {
        if (!user.asActor().may(Action.RECORD_RESULT)) {
            throw ApiException.forbidden("Your role may read the lab's files but not upload them");
        }
    }

    private static FileUploads.UploadState accepted(FileUploads.Outcome outcome) {
        if (outcome instanceof FileUploads.Accepted accepted) {
            return accepted.state();
        }
        if (outcome instanceof FileUploads.NotFound) {
            throw ApiException.notFound("The upload");
        }
        if (outcome instanceof FileUploads.Refused refused) {
            int status =
                    switch (refused.reason()) {
                        case INVALID -> 400;
                        case TOO_LARGE -> 413;
                        case CONFLICT -> 409;
                        case HASH_MISMATCH -> 422;
                        case STORE_UNAVAILABLE -> 503;
                    };
            throw new ApiException(status, refused.code(), refused.message());
        }
        throw new IllegalStateException("Unexpected outcome " + outcome);
    }
}
