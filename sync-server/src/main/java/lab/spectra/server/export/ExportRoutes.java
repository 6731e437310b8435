package lab.spectra.server.export;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.Organization;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;

/** The admin's download of the organization's complete, verifiable records (ADR 0030). */
public final class ExportRoutes {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public static void register(ApiRoutes routes, RecordsExport export, Clock clock) {
        routes.describeAnswer(HandlerType.GET, "/api/admin/export", byte[].class);
        routes.get(
                "/api/admin/export",
                "The organization's complete records as a zip (admin): every table as CSV and JSON Lines, the"
                        + " audit trail with its signed checkpoints, the stored files, and manifest.json signed"
                        + " with the record-signing key (manifest.sig); check it offline with verify-export."
                        + " Streamed",
                List.of(),
                (ctx, user) -> {
                    if (!user.asActor().may(Action.EXPORT_RECORDS)) {
                        throw ApiException.forbidden("Only admins export the organization's records");
                    }
                    Organization organization = export.organization(user.organizationId())
                            .orElseThrow(() -> ApiException.notFound("The organization"));
                    String name = organization.slug() + "-records-" + STAMP.format(clock.instant()) + ".zip";
                    ctx.header("Cache-Control", "no-store")
                            .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                            .contentType("application/zip");
                    try {
                        export.write(user.organizationId(), ExportTarget.zip(ctx.outputStream()));
                    } catch (IOException e) {
                        // The answer has begun: the client sees a cut zip, which never verifies.
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private ExportRoutes() {}
}
