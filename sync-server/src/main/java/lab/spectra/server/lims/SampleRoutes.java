package lab.spectra.server.lims;

import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.DeletedSamples;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.http.AnswerCache;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * Samples and their wafers: list (or look up by barcode, as a scanner does), create, edit, delete
 * softly, details.
 */
public final class SampleRoutes {

    public record NewSample(UUID id, String name, String barcode, UUID materialId, String location, String notes) {}

    /**
     * Each field as {@code {"from": <what you saw>, "to": <what you want>}}; omit what you keep. A
     * {@code material_id} changed to {@code null} clears the material.
     *
     * @param reason why, for the audit trail; the bench asks for one whenever the status changes
     */
    public record SampleEdit(
            FieldChange<String> name,
            FieldChange<String> barcode,
            FieldChange<String> location,
            FieldChange<SampleStatus> status,
            FieldChange<String> notes,
            FieldChange<UUID> materialId,
            String reason) {}

    /**
     * A soft deletion. A POST to {@code /samples/{id}/delete} rather than a DELETE with a body:
     * it takes a reason and the version seen, and bodies on DELETE are dropped by some proxies and
     * clients (ADR 0028).
     *
     * @param expectedRowVersion the sample's {@code row_version} the person looked at; required
     */
    public record Deletion(String reason, Long expectedRowVersion) {}

    public record NewWafer(UUID id, UUID sampleId, String label, Double diameterMm) {}

    public static void register(
            ApiRoutes routes,
            SampleQueries samples,
            AnswerCache answers,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies) {
        ApiRoutes sampleReaders = routes.alsoForApiKeys(ApiKeyScope.Kind.SAMPLES_READ.text());
        sampleReaders.get(
                "/api/lims/samples",
                "List samples, or find one by barcode",
                List.of("limit", "cursor", "barcode", "include_deleted"),
                (ctx, user) -> {
                    SampleQueries.Filter filter =
                            new SampleQueries.Filter(ctx.queryParam("barcode"), includeDeleted(ctx, user));
                    PageRequest page = Pages.request(ctx);
                    // The one list asked for in bulk (issue 19): answered from the answer cache.
                    answers.answer(
                            ctx,
                            user,
                            "samples limit=" + page.limit() + " after=" + page.after() + " deleted="
                                    + filter.includeDeleted() + " barcode=" + filter.barcode(),
                            wanted -> samples.pageAtChangeNumber(user, filter, page, wanted));
                });
        routes.post("/api/lims/samples", "Register a sample", NewSample.class, (ctx, user) -> {
            NewSample body = bodies.read(ctx, NewSample.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new CreateSample(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.name(),
                                    body.barcode(),
                                    body.materialId(),
                                    body.location(),
                                    body.notes()),
                            user.asActor()),
                    201);
        });
        sampleReaders.get(
                "/api/lims/samples/{id}",
                "A sample with its wafers, devices and chain of custody",
                List.of(),
                (ctx, user) -> ctx.json(samples.detail(user, Requests.pathId(ctx, "The sample"))
                        .orElseThrow(() -> ApiException.notFound("The sample"))));
        routes.put(
                "/api/lims/samples/{id}",
                "Edit a sample: name, barcode, location, status, notes, material, with a reason",
                SampleEdit.class,
                (ctx, user) -> {
                    UUID sample = Requests.pathId(ctx, "The sample");
                    SampleEdit body = bodies.read(ctx, SampleEdit.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new EditSample(
                                            metas.of(ctx, user),
                                            sample,
                                            body.name(),
                                            body.barcode(),
                                            body.location(),
                                            body.status(),
                                            body.notes(),
                                            body.materialId(),
                                            body.reason()),
                                    user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/samples/{id}/delete",
                "Delete a sample softly, with a reason (PI or admin)",
                Deletion.class,
                (ctx, user) -> {
                    UUID sample = Requests.pathId(ctx, "The sample");
                    Deletion body = bodies.read(ctx, Deletion.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new DeleteSample(
                                            metas.of(ctx, user), sample, body.reason(), body.expectedRowVersion()),
                                    user.asActor()),
                            200);
                });
        routes.post("/api/lims/wafers", "Add a wafer to a sample", NewWafer.class, (ctx, user) -> {
            NewWafer body = bodies.read(ctx, NewWafer.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new CreateWafer(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.sampleId(),
                                    body.label(),
                                    body.diameterMm()),
                            user.asActor()),
                    201);
        });
    }

    /** {@code ?include_deleted=true}: admins only, so that a deletion hides a sample from everyone else. */
    private static boolean includeDeleted(Context ctx, UserAccount user) {
        String value = ctx.queryParam("include_deleted");
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            throw ApiException.badRequest("invalid_parameter", "include_deleted must be true or false");
        }
        if (!DeletedSamples.mayBeListedBy(user.role())) {
            throw ApiException.forbidden("Only admins list deleted samples");
        }
        return true;
    }

    private SampleRoutes() {}
}
