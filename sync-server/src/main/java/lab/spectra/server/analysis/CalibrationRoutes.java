package lab.spectra.server.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.ReverseTraceability;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.LabReads;
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

    /**
     * One instrument's calibration state as the status endpoint reports it.
     *
     * @param status valid, expiring, expired, revoked or missing
     */
    public record InstrumentStatus(
            UUID instrumentId,
            String instrumentName,
            InstrumentKind kind,
            String status,
            UUID calibrationId,
            Instant expiresAt,
            String message) {}

    public record RevokedCalibration(Calibration calibration, List<Run> runsToReview) {}

    public static void register(
            ApiRoutes routes,
            LabReads reads,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies,
            Clock clock) {
        routes.get(
                "/api/analysis/instruments",
                "List instruments",
                List.of("limit", "cursor"),
                (ctx, user) -> ctx.json(reads.page(user, Table.INSTRUMENTS, "deleted_at IS NULL", Pages.request(ctx))));
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
                (ctx, user) -> {
                    UUID instrument = Requests.optionalUuidQuery(ctx, "instrument_id");
                    Pages.PageRequest page = Pages.request(ctx);
                    ctx.json(
                            instrument == null
                                    ? reads.page(user, Table.CALIBRATIONS, "1 = 1", page)
                                    : reads.page(user, Table.CALIBRATIONS, "instrument_id = ?", page, instrument));
                });
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
                    ctx.json(reads.read(user, state -> {
                        Calibration revoked = state.calibration(id).orElseThrow();
                        List<Run> runs = state.find(Table.RUNS, "instrument_id = ?", revoked.instrumentId());
                        return new RevokedCalibration(revoked, ReverseTraceability.runsToReview(revoked, runs));
                    }));
                });
        routes.get(
                "/api/analysis/calibrations/status",
                "Every instrument: valid, expiring, expired, revoked or missing",
                List.of(),
                (ctx, user) -> {
                    Instant now = clock.instant();
                    CalibrationLockout lockout = new CalibrationLockout();
                    ctx.json(
                            reads.read(
                                    user, state -> state
                                            .<Instrument>findOrdered(
                                                    Table.INSTRUMENTS, "deleted_at IS NULL", "ORDER BY name")
                                            .stream()
                                            .map(instrument -> statusOf(
                                                    instrument,
                                                    lockout.evaluate(
                                                            instrument, state.calibrationsOf(instrument.id()), now)))
                                            .toList()));
                });
    }

    private static InstrumentStatus statusOf(Instrument instrument, CalibrationStatus status) {
        String name;
        Calibration calibration = null;
        if (status instanceof CalibrationStatus.Valid valid) {
            name = "valid";
            calibration = valid.calibration();
        } else if (status instanceof CalibrationStatus.ExpiringSoon expiring) {
            name = "expiring";
            calibration = expiring.calibration();
        } else if (status instanceof CalibrationStatus.Expired expired) {
            name = "expired";
            calibration = expired.calibration();
        } else if (status instanceof CalibrationStatus.Revoked revoked) {
            name = "revoked";
            calibration = revoked.calibration();
        } else {
            name = "missing";
        }
        return new InstrumentStatus(
                instrument.id(),
                instrument.name(),
                instrument.kind(),
                name,
                calibration == null ? null : calibration.id(),
                calibration == null ? null : calibration.expiresAt(),
                status.message());
    }

    private CalibrationRoutes() {}
}
