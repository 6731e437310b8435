package lab.spectra.server.qualification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.model.qualification.RevokeQualification;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Operator qualifications (ADR 0015): listed for everyone, recorded and revoked by PIs and admins. */
public final class QualificationRoutes {

    public record NewQualification(
            UUID id,
            UUID userId,
            InstrumentKind instrumentKind,
            String recipeName,
            UUID sopId,
            Instant qualifiedAt,
            Instant expiresAt) {}

    public record Revocation(String reason) {}

    public static void register(
            ApiRoutes routes,
            QualificationQueries qualifications,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies) {
        routes.get(
                "/api/lims/qualifications",
                "List operator qualifications, optionally of one person",
                List.of("limit", "cursor", "user_id"),
                (ctx, user) -> ctx.json(
                        qualifications.page(user, Requests.optionalUuidQuery(ctx, "user_id"), Pages.request(ctx))));
        routes.post(
                "/api/lims/qualifications",
                "Record an operator qualification (PI or admin)",
                NewQualification.class,
                (ctx, user) -> {
                    NewQualification body = bodies.read(ctx, NewQualification.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RecordQualification(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.userId(),
                                            body.instrumentKind(),
                                            body.recipeName(),
                                            body.sopId(),
                                            body.qualifiedAt(),
                                            body.expiresAt()),
                                    user.asActor()),
                            201);
                });
        routes.post(
                "/api/lims/qualifications/{id}/revoke",
                "Revoke an operator qualification (PI or admin)",
                Revocation.class,
                (ctx, user) -> {
                    UUID qualification = Requests.pathId(ctx, "The qualification");
                    Revocation body = bodies.read(ctx, Revocation.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RevokeQualification(metas.of(ctx, user), qualification, body.reason()),
                                    user.asActor()),
                            200);
                });
    }

    private QualificationRoutes() {}
}
