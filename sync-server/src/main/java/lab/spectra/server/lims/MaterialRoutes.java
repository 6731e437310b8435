package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateMaterial;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;

/** Materials samples are made of: list the live ones, add one (engineers and above). */
public final class MaterialRoutes {

    public record NewMaterial(UUID id, String name, String formula, String description) {}

    public static void register(
            ApiRoutes routes, MaterialList materials, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/materials",
                "List materials",
                List.of("limit", "cursor"),
                (ctx, user) -> ctx.json(materials.page(user, Pages.request(ctx))));
        routes.post("/api/lims/materials", "Add a material (engineer or above)", NewMaterial.class, (ctx, user) -> {
            NewMaterial body = bodies.read(ctx, NewMaterial.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new CreateMaterial(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.name(),
                                    body.formula(),
                                    body.description()),
                            user.asActor()),
                    201);
        });
    }

    private MaterialRoutes() {}
}
