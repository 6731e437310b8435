package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.EditDevice;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Devices on wafers. */
public final class DeviceRoutes {

    public record NewDevice(UUID id, UUID waferId, String name, String deviceType) {}

    /** Each field as {@code {"from": <what you saw>, "to": <what you want>}}; omit what you keep. */
    public record DeviceEdit(FieldChange<String> name, FieldChange<String> deviceType) {}

    public static void register(
            ApiRoutes routes, DeviceQueries devices, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/devices",
                "List devices, optionally of one wafer",
                List.of("limit", "cursor", "wafer_id"),
                (ctx, user) -> ctx.json(devices.page(
                        user,
                        new DeviceQueries.Filter(Requests.optionalUuidQuery(ctx, "wafer_id")),
                        Pages.request(ctx))));
        routes.post("/api/lims/devices", "Add a device to a wafer", NewDevice.class, (ctx, user) -> {
            NewDevice body = bodies.read(ctx, NewDevice.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new CreateDevice(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.waferId(),
                                    body.name(),
                                    body.deviceType()),
                            user.asActor()),
                    201);
        });
        routes.put("/api/lims/devices/{id}", "Rename a device or change its type", DeviceEdit.class, (ctx, user) -> {
            UUID device = Requests.pathId(ctx, "The device");
            DeviceEdit body = bodies.read(ctx, DeviceEdit.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new EditDevice(metas.of(ctx, user), device, body.name(), body.deviceType()),
                            user.asActor()),
                    200);
        });
    }

    private DeviceRoutes() {}
}
