package lab.spectra.server.labimport;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.labimport.ImportPlan;
import lab.spectra.model.labimport.LabRecordKind;
import lab.spectra.model.labimport.LabRecordsPlanner;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.people.PeopleImport;

/**
 * A lab's existing records from CSV files (admins): {@code POST /api/admin/imports/{kind}} with
 * the file as the body. {@code ?dry_run=true} answers the preview — every line and what it will
 * record, or every line at fault — and writes nothing; without it the same file is imported as
 * one change. A file with any line at fault is refused whole (422 {@code import_refused}, each
 * error with its line and column), whether the file alone shows it (a missing cell, a bad date) or
 * the lab's records do (a barcode already taken).
 */
public final class LabImportRoutes {

    /**
     * One line's part in the answer.
     *
     * @param temporaryPassword for a person added (not previewed): their one-time password, shown
     *                          in this answer and nowhere else
     */
    public record Line(int line, String summary, String temporaryPassword) {

        Line(int line, String summary) {
            this(line, summary, null);
        }
    }

    public record Imported(String kind, boolean dryRun, boolean imported, int records, List<Line> rows) {}

    public record LineError(int line, String column, String code, String message) {}

    public record ImportRefused(String code, String message, List<LineError> errors) {}

    private LabImportRoutes() {}

    public static void register(
            ApiRoutes routes,
            MaterialQueries materials,
            PeopleImport people,
            CommandService commands,
            CommandMetas metas) {
        routes.signedIn(
                HandlerType.POST,
                "/api/admin/imports/{kind}",
                "Import people (each with a temporary password, shown once), instruments (with their current"
                        + " certificates) or samples from a CSV file, all or nothing; ?dry_run=true previews",
                String.class,
                List.of("dry_run"),
                201,
                (ctx, user) -> {
                    if (!user.asActor().may(Action.IMPORT_RECORDS)) {
                        throw ApiException.forbidden("Only admins import a lab's records");
                    }
                    LabRecordKind kind = LabRecordKind.fromWireName(ctx.pathParam("kind"))
                            .orElseThrow(() -> ApiException.notFound("An import of " + ctx.pathParam("kind")
                                    + " (there are people, instruments and samples)"));
                    boolean dryRun = dryRun(ctx.queryParam("dry_run"));
                    if (kind == LabRecordKind.PEOPLE) {
                        answer(ctx, people.run(user, ctx.bodyAsBytes(), dryRun));
                        return;
                    }
                    CommandMeta base = metas.of(ctx, user);
                    LabRecordsPlanner planner = new LabRecordsPlanner(
                            () -> new CommandMeta(Ids.newId(), user.id(), base.workstationId(), base.authoredAt()),
                            name -> materials.named(user, name));
                    ImportPlan plan = planner.plan(kind, ctx.bodyAsBytes());
                    if (plan instanceof ImportPlan.Refused refused) {
                        ctx.status(422)
                                .json(refusal(refused.errors().stream()
                                        .map(error -> new LineError(
                                                error.line(), error.column(), "invalid_line", error.message()))
                                        .toList()));
                        return;
                    }
                    ImportPlan.Ready ready = (ImportPlan.Ready) plan;
                    List<List<Command>> groups = ready.rows().stream()
                            .map(ImportPlan.PlannedRow::commands)
                            .toList();
                    CommandService.Batch batch = commands.executeAll(groups, user.asActor(), dryRun);
                    if (batch instanceof CommandService.Batch.Refused refused) {
                        ctx.status(422)
                                .json(refusal(refused.refusals().stream()
                                        .map(refusal -> lineError(ready.rows().get(refusal.group()), refusal.refusal()))
                                        .toList()));
                        return;
                    }
                    List<Line> lines = ready.rows().stream()
                            .map(row -> new Line(row.line(), row.summary()))
                            .toList();
                    ctx.status(dryRun ? 200 : 201)
                            .json(new Imported(kind.wireName(), dryRun, !dryRun, lines.size(), lines));
                });
    }

    private static void answer(Context ctx, PeopleImport.Outcome outcome) {
        if (outcome instanceof PeopleImport.Refused refused) {
            ctx.status(422)
                    .json(refusal(refused.lines().stream()
                            .map(line -> new LineError(line.line(), line.column(), line.code(), line.message()))
                            .toList()));
        } else if (outcome instanceof PeopleImport.Previewed previewed) {
            ctx.status(200)
                    .json(new Imported(
                            LabRecordKind.PEOPLE.wireName(),
                            true,
                            false,
                            previewed.people().size(),
                            previewed.people().stream()
                                    .map(person -> new Line(person.line(), person.summary()))
                                    .toList()));
        } else {
            List<PeopleImport.Added> added = ((PeopleImport.Imported) outcome).people();
            // The temporary passwords are in this answer only: no cache may keep it.
            ctx.header("Cache-Control", "no-store");
            ctx.status(201)
                    .json(new Imported(
                            LabRecordKind.PEOPLE.wireName(),
                            false,
                            true,
                            added.size(),
                            added.stream()
                                    .map(person -> new Line(
                                            person.line(),
                                            person.person().displayName() + " <"
                                                    + person.person().email() + ">, "
                                                    + person.person().role().wireName(),
                                            new String(person.temporaryPassword())))
                                    .toList()));
        }
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.badRequest("invalid_parameter", "dry_run is true or false");
    }

    private static LineError lineError(ImportPlan.PlannedRow row, CommandResult refusal) {
        if (refusal instanceof CommandResult.Rejected rejected) {
            return new LineError(row.line(), null, rejected.code().wireName(), rejected.message());
        }
        return new LineError(row.line(), null, "conflict", ((CommandResult.Conflict) refusal).message());
    }

    private static ImportRefused refusal(List<LineError> errors) {
        String lines = errors.size() == 1 ? "1 line" : errors.size() + " lines";
        return new ImportRefused(
                "import_refused", lines + " of the file cannot be imported; nothing was imported", errors);
    }
}
