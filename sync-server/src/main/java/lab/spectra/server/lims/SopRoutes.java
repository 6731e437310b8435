package lab.spectra.server.lims;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.EditSopDraft;
import lab.spectra.model.sop.RejectSop;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SubmitSop;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * Standard operating procedures, versioned, submitted, approved or sent back, and retired like
 * recipes; every change through the command service.
 */
public final class SopRoutes {

    public record NewSop(UUID id, String title, String bodyMarkdown, UUID basedOnSopId) {}

    /** The next version of an SOP; a field left out is taken from the version it is based on. */
    public record NewVersion(UUID id, String title, String bodyMarkdown) {}

    /** An edit of a draft: each field given as the value seen ({@code from}) and the one wanted ({@code to}). */
    public record SopEdit(FieldChange<String> title, FieldChange<String> bodyMarkdown) {}

    /** @param expectedRowVersion the draft's {@code row_version} as the submitter saw it; required */
    public record Submission(Long expectedRowVersion) {}

    /** @param expectedRowVersion the SOP's {@code row_version} the approver looked at; required (ADR 0010) */
    public record Approval(Long expectedRowVersion) {}

    /** @param comment what has to change; required */
    public record Rejection(String comment, Long expectedRowVersion) {}

    /** @param expectedRowVersion the SOP's {@code row_version} the person looked at; required */
    public record Retirement(String reason, Long expectedRowVersion) {}

    public static void register(
            ApiRoutes routes, SopQueries sops, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/sops",
                "List SOPs, optionally by status (draft, approved, retired)",
                List.of("limit", "cursor", "status"),
                (ctx, user) -> {
                    String status = ctx.queryParam("status");
                    SopQueries.Filter filter =
                            status == null ? SopQueries.Filter.ALL : new SopQueries.Filter(parseStatus(status));
                    ctx.json(sops.page(user, filter, Pages.request(ctx)));
                });
        routes.get(
                "/api/lims/sops/{id}",
                "An SOP with its text, decisions, versions, and the recipes and instruments that follow it",
                List.of(),
                (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    ctx.json(sops.detail(user, sop).orElseThrow(() -> ApiException.notFound("The SOP")));
                });
        routes.describeAnswer(HandlerType.GET, "/api/lims/sops/{id}", SopDetail.class);
        routes.post("/api/lims/sops", "Draft an SOP (or the next version of one)", NewSop.class, (ctx, user) -> {
            NewSop body = bodies.read(ctx, NewSop.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new CreateSopDraft(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.title(),
                                    body.bodyMarkdown(),
                                    body.basedOnSopId()),
                            user.asActor()),
                    201);
        });
        routes.put(
                "/api/lims/sops/{id}",
                "Edit an SOP draft: title and text (each as from/to)",
                SopEdit.class,
                (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    SopEdit body = bodies.read(ctx, SopEdit.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new EditSopDraft(metas.of(ctx, user), sop, body.title(), body.bodyMarkdown()),
                                    user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/sops/{id}/versions",
                "Draft the next version of an SOP (fields left out are taken from it)",
                NewVersion.class,
                (ctx, user) -> {
                    UUID baseId = Requests.pathId(ctx, "The SOP");
                    NewVersion body = ctx.bodyAsBytes().length == 0
                            ? new NewVersion(null, null, null)
                            : bodies.read(ctx, NewVersion.class);
                    Sop base = sops.find(user, baseId).orElseThrow(() -> ApiException.notFound("The SOP"));
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new CreateSopDraft(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.title() != null ? body.title() : base.title(),
                                            body.bodyMarkdown() != null ? body.bodyMarkdown() : base.bodyMarkdown(),
                                            base.id()),
                                    user.asActor()),
                            201);
                });
        routes.post(
                "/api/lims/sops/{id}/submit",
                "Submit an SOP draft for a PI's or admin's decision",
                Submission.class,
                (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    // An empty body is not malformed; the command refuses it for naming no version (422).
                    Submission body =
                            ctx.bodyAsBytes().length == 0 ? new Submission(null) : bodies.read(ctx, Submission.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new SubmitSop(metas.of(ctx, user), sop, body.expectedRowVersion()), user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/sops/{id}/approve", "Approve an SOP draft (PI or admin)", Approval.class, (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    // An empty body is not malformed; the command refuses it for naming no version (422).
                    Approval body =
                            ctx.bodyAsBytes().length == 0 ? new Approval(null) : bodies.read(ctx, Approval.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new ApproveSop(metas.of(ctx, user), sop, body.expectedRowVersion()),
                                    user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/sops/{id}/reject",
                "Send an SOP draft back to its author with a comment (PI or admin)",
                Rejection.class,
                (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    Rejection body = bodies.read(ctx, Rejection.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RejectSop(metas.of(ctx, user), sop, body.comment(), body.expectedRowVersion()),
                                    user.asActor()),
                            200);
                });
        routes.post(
                "/api/lims/sops/{id}/retire", "Retire an approved SOP (PI or admin)", Retirement.class, (ctx, user) -> {
                    UUID sop = Requests.pathId(ctx, "The SOP");
                    Retirement body = bodies.read(ctx, Retirement.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RetireSop(metas.of(ctx, user), sop, body.reason(), body.expectedRowVersion()),
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

    private SopRoutes() {}
}
