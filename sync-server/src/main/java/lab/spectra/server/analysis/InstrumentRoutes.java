package lab.spectra.server.analysis;

import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.ChangeInstrumentStatus;
import lab.spectra.model.instrument.EditInstrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Requests;

/**
 * Looking after an instrument (ADR 0022): its particulars and run limit, its status, its
 * maintenance plan and the maintenance done, its requalifications, and its timeline. Every change
 * is a shared-model command, so the bench and the audit trail see it like any other.
 */
public final class InstrumentRoutes {

    private static final String INSTRUMENT = "The instrument";

    public record InstrumentEdit(
            String name,
            InstrumentKind kind,
            String serialNumber,
            String location,
            Integer requalifyAfterRuns,
            UUID eventId) {}

    public record StatusChange(InstrumentStatus status, String reason, UUID eventId) {}

    public record NewMaintenanceTask(UUID id, String name, Integer intervalDays, Instant firstDueAt) {}

    public record MaintenanceDone(UUID id, UUID taskId, Instant performedAt, String description) {}

    public record Requalification(UUID id, Instant performedAt, String summary) {}

    /** Builds the command a request asks for, from its meta, the instrument in the path and the body. */
    @FunctionalInterface
    private interface ToCommand<B> {
        Command of(CommandMeta meta, UUID instrumentId, B body);
    }

    public static void register(
            ApiRoutes routes,
            InstrumentQueries instruments,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies) {
        Changes changes = new Changes(routes, commands, metas, bodies);
        changes.register(
                HandlerType.PUT,
                "/api/analysis/instruments/{id}",
                "Edit an instrument (admin); a new location calls for a requalification",
                InstrumentEdit.class,
                200,
                (meta, id, body) -> new EditInstrument(
                        meta,
                        id,
                        orNewId(body.eventId()),
                        body.name(),
                        body.kind(),
                        body.serialNumber(),
                        body.location(),
                        body.requalifyAfterRuns()));
        changes.register(
                HandlerType.POST,
                "/api/analysis/instruments/{id}/status",
                "Put an instrument in service, out of service (with a reason) or under maintenance (admin)",
                StatusChange.class,
                200,
                (meta, id, body) ->
                        new ChangeInstrumentStatus(meta, id, orNewId(body.eventId()), body.status(), body.reason()));
        routes.get(
                "/api/analysis/instruments/{id}/maintenance",
                "An instrument's preventive-maintenance plan, next due first",
                List.of(),
                (ctx, user) -> ctx.json(instruments
                        .maintenancePlan(user, Requests.pathId(ctx, INSTRUMENT))
                        .orElseThrow(() -> ApiException.notFound(INSTRUMENT))));
        changes.register(
                HandlerType.POST,
                "/api/analysis/instruments/{id}/maintenance/tasks",
                "Add a task to an instrument's maintenance plan (admin)",
                NewMaintenanceTask.class,
                201,
                (meta, id, body) -> new PlanMaintenance(
                        meta, orNewId(body.id()), id, body.name(), body.intervalDays(), body.firstDueAt()));
        changes.register(
                HandlerType.POST,
                "/api/analysis/instruments/{id}/maintenance",
                "Record maintenance done (admin); the instrument then needs requalification",
                MaintenanceDone.class,
                201,
                (meta, id, body) -> new RecordMaintenance(
                        meta, orNewId(body.id()), id, body.taskId(), body.performedAt(), body.description()));
        changes.register(
                HandlerType.POST,
                "/api/analysis/instruments/{id}/requalifications",
                "Record an instrument's requalification (admin); it answers every maintenance and move before it",
                Requalification.class,
                201,
                (meta, id, body) ->
                        new RecordRequalification(meta, orNewId(body.id()), id, body.performedAt(), body.summary()));
        routes.get(
                "/api/analysis/instruments/{id}/events",
                "An instrument's timeline, oldest first: calibrations, maintenance, requalifications, moves, status"
                        + " (the markers of its SPC charts)",
                List.of(),
                (ctx, user) -> ctx.json(instruments
                        .events(user, Requests.pathId(ctx, INSTRUMENT))
                        .orElseThrow(() -> ApiException.notFound(INSTRUMENT))));
    }

    /** Every change to an instrument is read, made into its command, decided and answered the same way. */
    private record Changes(ApiRoutes routes, CommandService commands, CommandMetas metas, JsonBodies bodies) {

        <B> void register(
                HandlerType method, String path, String summary, Class<B> type, int status, ToCommand<B> command) {
            routes.signedIn(method, path, summary, type, List.of(), status, (ctx, user) -> {
                UUID id = Requests.pathId(ctx, INSTRUMENT);
                B body = bodies.read(ctx, type);
                CommandResponses.send(
                        ctx, commands.execute(command.of(metas.of(ctx, user), id, body), user.asActor()), status);
            });
        }
    }

    /** Clients may choose the id of what they create (so a retry is recognised); otherwise the server does. */
    private static UUID orNewId(UUID id) {
        return id != null ? id : Ids.newId();
    }

    private InstrumentRoutes() {}
}
