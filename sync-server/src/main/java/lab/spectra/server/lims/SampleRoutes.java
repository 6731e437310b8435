package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.LabReads;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Samples and their wafers: list (or look up by barcode, as a scanner does), create, details. */
public final class SampleRoutes {

    public record NewSample(UUID id, String name, String barcode, UUID materialId, String location, String notes) {}

    public record NewWafer(UUID id, UUID sampleId, String label, Double diameterMm) {}

    public record SampleDetail(Sample sample, List<Wafer> wafers, List<Device> devices, List<CustodyEvent> custody) {}

    public static void register(
            ApiRoutes routes, LabReads reads, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/samples",
                "List samples, or find one by barcode",
                List.of("limit", "cursor", "barcode"),
                (ctx, user) -> {
                    String barcode = ctx.queryParam("barcode");
                    Pages.PageRequest page = Pages.request(ctx);
                    ctx.json(
                            barcode == null
                                    ? reads.page(user, Table.SAMPLES, "deleted_at IS NULL", page)
                                    : reads.page(
                                            user,
                                            Table.SAMPLES,
                                            "deleted_at IS NULL AND barcode = ?",
                                            page,
                                            barcode.strip()));
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
        routes.get(
                "/api/lims/samples/{id}",
                "A sample with its wafers, devices and chain of custody",
                List.of(),
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, "The sample");
                    SampleDetail detail = reads.read(
                            user,
                            state -> state.<Sample>find(Table.SAMPLES, "id = ? AND deleted_at IS NULL", id).stream()
                                    .findFirst()
                                    .map(sample -> {
                                        List<Wafer> wafers =
                                                state.findOrdered(Table.WAFERS, "sample_id = ?", "ORDER BY id", id);
                                        List<Device> devices = state.findOrdered(
                                                Table.DEVICES,
                                                "wafer_id IN (SELECT w.id FROM wafers w WHERE w.sample_id = ?)",
                                                "ORDER BY id",
                                                id);
                                        List<CustodyEvent> custody = state.findOrdered(
                                                Table.CUSTODY_EVENTS, "sample_id = ?", "ORDER BY occurred_at, id", id);
                                        return new SampleDetail(sample, wafers, devices, custody);
                                    })
                                    .orElse(null));
                    if (detail == null) {
                        throw ApiException.notFound("The sample");
                    }
                    ctx.json(detail);
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

    private SampleRoutes() {}
}
