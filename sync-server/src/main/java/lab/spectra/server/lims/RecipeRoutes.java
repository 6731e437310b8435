package lab.spectra.server.lims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Recipes: drafts, approval by a PI or admin, retirement. */
public final class RecipeRoutes {

    public record NewRecipe(
            UUID id, String name, InstrumentKind instrumentKind, ObjectNode parameters, UUID basedOnRecipeId) {}

    /**
     * @param expectedRowVersion the recipe's {@code row_version} the approver looked at; required, so
     *                           that an approval never lands on a version nobody reviewed (ADR 0010)
     */
    public record Approval(UUID approvalId, String comment, Long expectedRowVersion) {}

    /** @param expectedRowVersion the recipe's {@code row_version} the person looked at; required */
    public record Retirement(UUID approvalId, String reason, Long expectedRowVersion) {}

    public static void register(
            ApiRoutes routes, RecipeQueries recipes, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/recipes",
                "List recipes, optionally by status (draft, approved, retired)",
                List.of("limit", "cursor", "status"),
                (ctx, user) -> {
                    String status = ctx.queryParam("status");
                    RecipeQueries.Filter filter =
                            status == null ? RecipeQueries.Filter.ALL : new RecipeQueries.Filter(parseStatus(status));
                    ctx.json(recipes.page(user, filter, Pages.request(ctx)));
                });
        routes.post(
                "/api/lims/recipes", "Draft a recipe (or the next version of one)", NewRecipe.class, (ctx, user) -> {
                    NewRecipe body = bodies.read(ctx, NewRecipe.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new CreateRecipe(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.name(),
                                            body.instrumentKind(),
                                            body.parameters(),
                                            body.basedOnRecipeId(),
                                            null),
                                    user.asActor()),
                            201);
                });
        routes.post("/api/lims/recipes/{id}/approve", "Approve a draft (PI or admin)", Approval.class, (ctx, user) -> {
            UUID recipe = Requests.pathId(ctx, "The recipe");
            // An empty body is not malformed; the command refuses it for naming no version (422).
            Approval body =
                    ctx.bodyAsBytes().length == 0 ? new Approval(null, null, null) : bodies.read(ctx, Approval.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new ApproveRecipe(
                                    metas.of(ctx, user),
                                    recipe,
                                    body.approvalId() != null ? body.approvalId() : Ids.newId(),
                                    body.comment(),
                                    body.expectedRowVersion()),
                            user.asActor()),
                    200);
        });
        routes.post(
                "/api/lims/recipes/{id}/retire",
                "Retire an approved recipe (PI or admin)",
                Retirement.class,
                (ctx, user) -> {
                    UUID recipe = Requests.pathId(ctx, "The recipe");
                    Retirement body = bodies.read(ctx, Retirement.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RetireRecipe(
                                            metas.of(ctx, user),
                                            recipe,
                                            body.approvalId() != null ? body.approvalId() : Ids.newId(),
                                            body.reason(),
                                            body.expectedRowVersion()),
                                    user.asActor()),
                            200);
                });
    }

    private static ApprovalStatus parseStatus(String status) {
        try {
            return ApprovalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_parameter", "status must be draft, approved or retired");
        }
    }

    private RecipeRoutes() {}
}
