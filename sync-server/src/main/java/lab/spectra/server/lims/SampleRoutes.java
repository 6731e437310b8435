package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Samples and their wafers: list (or look up by barcode, as a scanner does), create, details. */
public final class SampleRoutes {

    public record NewSample(UUID id, String name, String barcode, UUID materialId, String location, String notes) {}

    public record NewWafer(UUID id, UUID sampleId, String label, Double diameterMm) {}

    public static void register(
            ApiRoutes routes, SampleQueries samples, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        ApiRoutes sampleReaders = routes.alsoForApiKeys(ApiKeyScope.Kind.SAMPLES_READ.text());
        sampleReaders.get(
                "/api/lims/samples",
                "List samples, or find one by barcode",
                List.of("limit", "cursor", "barcode"),
                (ctx, user) -> ctx.json(
                        samples.page(user, new SampleQueries.Filter(ctx.queryParam("barcode")), Pages.request(ctx))));
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

    private SampleRoutes() {}
}
