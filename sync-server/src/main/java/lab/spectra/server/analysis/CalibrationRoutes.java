package lab.spectra.server.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** Instruments, their calibration certificates, and the lockout status of every instrument. */
public final class CalibrationRoutes {

    public record NewInstrument(UUID id, String name, InstrumentKind kind, String serialNumber, String location) {}

    public record NewCalibration(
            UUID id,
            UUID instrumentId,
            String certificateNumber,
            Instant issuedAt,
            Instant expiresAt,
            String performedBy,
            UUID certificateAttachmentId) {}

    public record Revocation(String reason) {}

    public static void register(
            ApiRoutes routes,
            InstrumentQueries instruments,
            CalibrationQueries calibrations,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies,
            Clock clock) {
        routes.get(
                "/api/analysis/instruments",
                "List instruments",
                List.of("limit", "cursor"),
                (ctx, user) -> ctx.json(instruments.page(user, Pages.request(ctx))));
        routes.post("/api/analysis/instruments", "Register an instrument (admin)", NewInstrument.class, (ctx, user) -> {
            NewInstrument body = bodies.read(ctx, NewInstrument.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new RegisterInstrument(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.name(),
                                    body.kind(),
                                    body.serialNumber(),
                                    body.location()),
                            user.asActor()),
                    201);
        });
        routes.get(
                "/api/analysis/calibrations",
                "List calibration certificates, optionally of one instrument",
                List.of("limit", "cursor", "instrument_id"),
                (ctx, user) -> ctx.json(calibrations.page(
                        user,
                        new CalibrationQueries.Filter(Requests.optionalUuidQuery(ctx, "instrument_id")),
                        Pages.request(ctx))));
        routes.post(
                "/api/analysis/calibrations",
                "Record a calibration certificate (admin)",
                NewCalibration.class,
                (ctx, user) -> {
                    NewCalibration body = bodies.read(ctx, NewCalibration.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new RecordCalibration(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.instrumentId(),
                                            body.certificateNumber(),
                                            body.issuedAt(),
                                            body.expiresAt(),
                                            body.performedBy(),
                                            body.certificateAttachmentId()),
                                    user.asActor()),
                            201);
                });
        routes.post(
                "/api/analysis/calibrations/{id}/revoke",
                "Revoke a certificate (admin); answers the runs that relied on it, for review",
                Revocation.class,
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, "The calibration");
                    Revocation body = bodies.read(ctx, Revocation.class);
                    CommandResult result = commands.execute(
                            new RevokeCalibration(metas.of(ctx, user), id, body.reason()), user.asActor());
                    if (!(result instanceof CommandResult.Applied)) {
                        CommandResponses.send(ctx, result, 200);
                        return;
                    }
                    ctx.json(
                            calibrations.revoked(user, id).orElseThrow(() -> ApiException.notFound("The calibration")));
                });
        routes.get(
                "/api/analysis/calibrations/status",
                "Every instrument: valid, expiring, expired, revoked or missing",
                List.of(),
                (ctx, user) -> ctx.json(instruments.calibrationStatus(user, clock.instant())));
    }

    private CalibrationRoutes() {}
}
