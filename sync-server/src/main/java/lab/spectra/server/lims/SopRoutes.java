package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Standard operating procedures, versioned and approved like recipes. */
public final class SopRoutes {

    public record NewSop(UUID id, String title, String bodyMarkdown, UUID basedOnSopId) {}

    /** @param expectedRowVersion the SOP's {@code row_version} the approver looked at; required (ADR 0010) */
    public record Approval(Long expectedRowVersion) {}

    /** @param expectedRowVersion the SOP's {@code row_version} the person looked at; required */
    public record Retirement(String reason, Long expectedRowVersion) {}

    public static void register(
            ApiRoutes routes, SopQueries sops, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/sops",
                "List SOPs",
                List.of("limit", "cursor"),
                (ctx, user) -> ctx.json(sops.page(user, Pages.request(ctx))));
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

    private SopRoutes() {}
}
