package lab.spectra.server.lims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.ParameterSpec;
import lab.spectra.model.recipe.ParameterType;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeParameterSchema;
import lab.spectra.model.recipe.RejectRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * Recipes: drafts and their edits, submission, approval or rejection by a PI or admin, new versions
 * of a lineage, retirement, the version history, and the parameters each kind of instrument knows.
 * Every change goes through the command service, so it is checked and audited as on a bench.
 */
public final class RecipeRoutes {

    /** @param sopIds the SOPs the recipe follows; absent for none */
    public record NewRecipe(
            UUID id,
            String name,
            InstrumentKind instrumentKind,
            ObjectNode parameters,
            UUID basedOnRecipeId,
            List<UUID> sopIds) {}

    /**
     * The next version of a recipe. A field left out is taken from the version it is based on, so
     * {@code {"parameters": {...}}} is enough.
     */
    public record NewVersion(UUID id, String name, ObjectNode parameters, List<UUID> sopIds) {}

    /** An edit of a draft: each field given as the value seen ({@code from}) and the one wanted ({@code to}). */
    public record RecipeEdit(
            FieldChange<String> name, FieldChange<ObjectNode> parameters, FieldChange<List<UUID>> sopIds) {}

    /** @param expectedRowVersion the draft's {@code row_version} as the submitter saw it; required */
    public record Submission(Long expectedRowVersion) {}

    /**
     * @param expectedRowVersion the recipe's {@code row_version} the approver looked at; required, so
     *                           that an approval never lands on a version nobody reviewed (ADR 0010)
     */
    public record Approval(UUID approvalId, String comment, Long expectedRowVersion) {}

    /** @param comment what has to change; required */
    public record Rejection(UUID approvalId, String comment, Long expectedRowVersion) {}

    /** @param expectedRowVersion the recipe's {@code row_version} the person looked at; required */
    public record Retirement(UUID approvalId, String reason, Long expectedRowVersion) {}

    /** One parameter a kind of instrument knows, as a form or a script needs it. */
    public record ParameterField(
            String key,
            String label,
            String unit,
            String labelWithUnit,
            ParameterType type,
            Double min,
            Double max,
            boolean required,
            List<String> choices) {

        static ParameterField of(ParameterSpec spec) {
            return new ParameterField(
                    spec.key(),
                    spec.label(),
                    spec.unit(),
                    spec.labelWithUnit(),
                    spec.type(),
                    spec.min(),
                    spec.max(),
                    spec.required(),
                    spec.choices());
        }
    }

    /** The typed parameters of one kind; any other key is a free parameter, kept as written. */
    public record ParameterSchema(InstrumentKind instrumentKind, List<ParameterField> parameters) {}

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
        routes.get(
                "/api/lims/recipes/parameters",
                "The typed parameters recipes for one kind of instrument know (instrument_kind=smu)",
                List.of("instrument_kind"),
                (ctx, user) -> {
                    InstrumentKind kind = parseKind(ctx.queryParam("instrument_kind"));
                    ctx.json(new ParameterSchema(
                            kind,
                            RecipeParameterSchema.forKind(kind).stream()
                                    .map(ParameterField::of)
                                    .toList()));
                });
        routes.describeAnswer(HandlerType.GET, "/api/lims/recipes/parameters", ParameterSchema.class);
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
                                            body.sopIds()),
                                    user.asActor()),
                            201);
                });
        routes.put(
                "/api/lims/recipes/{id}",
                "Edit a draft: name, parameters, the SOPs it follows (each as from/to)",
                RecipeEdit.class,
                (ctx, user) -> {
                    UUID recipe = Requests.pathId(ctx, "The recipe");
                    RecipeEdit body = bodies.read(ctx, RecipeEdit.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new EditRecipeDraft(
                                            metas.of(ctx, user), recipe, body.name(), body.parameters(), body.sopIds()),
                                    user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/recipes/{id}/versions",
                "Draft the next version of a recipe (fields left out are taken from it)",
                NewVersion.class,
                (ctx, user) -> {
                    UUID baseId = Requests.pathId(ctx, "The recipe");
                    NewVersion body = ctx.bodyAsBytes().length == 0
                            ? new NewVersion(null, null, null, null)
                            : bodies.read(ctx, NewVersion.class);
                    Recipe base = recipes.find(user, baseId).orElseThrow(() -> ApiException.notFound("The recipe"));
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new CreateRecipe(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.name() != null ? body.name() : base.name(),
                                            base.instrumentKind(),
                                            body.parameters() != null ? body.parameters() : base.parameters(),
                                            base.id(),
                                            body.sopIds() != null ? body.sopIds() : base.sopIds()),
                                    user.asActor()),
                            201);
                });
        routes.post(
                "/api/lims/recipes/{id}/submit",
                "Submit a draft for a PI's or admin's decision",
                Submission.class,
                (ctx, user) -> {
                    UUID recipe = Requests.pathId(ctx, "The recipe");
                    // An empty body is not malformed; the command refuses it for naming no version (422).
                    Submission body =
                            ctx.bodyAsBytes().length == 0 ? new Submission(null) : bodies.read(ctx, Submission.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new SubmitRecipe(metas.of(ctx, user), recipe, body.expectedRowVersion()),
                                    user.asActor()),
                            200);
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
                "/api/lims/recipes/{id}/reject",
                "Send a draft back to its author with a comment (PI or admin)",
                Rejection.class,
                (ctx, user) -> {
                    UUID recipe = Requests.pathId(ctx, "The recipe");
                    Rejection body = bodies.read(ctx, Rejection.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RejectRecipe(
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
        routes.get(
                "/api/lims/recipes/{id}/history",
                "Every version of the recipe with its decisions and the parameter changes of each",
                List.of(),
                (ctx, user) -> {
                    UUID recipe = Requests.pathId(ctx, "The recipe");
                    ctx.json(recipes.history(user, recipe).orElseThrow(() -> ApiException.notFound("The recipe")));
                });
        routes.describeAnswer(HandlerType.GET, "/api/lims/recipes/{id}/history", RecipeHistory.class);
    }

    private static ApprovalStatus parseStatus(String status) {
        try {
            return ApprovalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_parameter", "status must be draft, approved or retired");
        }
    }

    private static InstrumentKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ApiException.badRequest("invalid_parameter", "instrument_kind is required, e.g. smu");
        }
        try {
            return InstrumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "invalid_parameter",
                    "instrument_kind must be one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(InstrumentKind.values())
                                            .map(value -> value.name().toLowerCase(Locale.ROOT))
                                            .toList()));
        }
    }

    private RecipeRoutes() {}
}
