package lab.spectra.server.reports;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.report.CalibrationReport;
import lab.spectra.model.report.CalibrationReportCsv;
import lab.spectra.model.report.CalibrationReportPdf;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;

/**
 * The calibration status report for scripts and people (issue 18): as CSV and as PDF, compiled
 * with the shared rules the benches use. Reading reports is {@link Action#DOWNLOAD_REPORTS}, which
 * every role holds (a viewer, the inspector's account, included); API keys with {@code runs:read}
 * may fetch it too, since it lists runs.
 */
public final class CalibrationReportRoutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public static void register(ApiRoutes routes, TenantReads reads, Clock clock) {
        ApiRoutes readers = routes.alsoForApiKeys(ApiKeyScope.Kind.RUNS_READ.text());
        CalibrationReportCsv csv = new CalibrationReportCsv();
        CalibrationReportPdf pdf = new CalibrationReportPdf();
        readers.get(
                "/api/reports/calibration-status.csv",
                "The calibration status report as CSV (text/csv, RFC 4180, a header row): every instrument, its"
                        + " current certificate, expiry, days left, lockout state and reason, the expiring-soon"
                        + " warning, and the runs to review after revocations",
                List.of(),
                (ctx, user) ->
                        send(ctx, clock, "csv", "text/csv; charset=utf-8", csv.bytes(report(reads, user, clock))));
        readers.get(
                "/api/reports/calibration-status.pdf",
                "The calibration status report as a PDF (application/pdf): the same content as the CSV, printed",
                List.of(),
                (ctx, user) -> send(ctx, clock, "pdf", "application/pdf", pdf.bytes(report(reads, user, clock))));
    }

    private static CalibrationReport report(TenantReads reads, UserAccount user, Clock clock) {
        if (!user.asActor().may(Action.DOWNLOAD_REPORTS)) {
            throw ApiException.forbidden("Your role may not download reports");
        }
        return reads.read(user, state -> CalibrationReport.compile(state, clock.instant()));
    }

    private static void send(Context ctx, Clock clock, String extension, String type, byte[] bytes) {
        String name = "calibration-status-" + DAY.format(clock.instant()) + "." + extension;
        // The report carries the lab's data: no cache keeps it.
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .contentType(type)
                .result(bytes);
    }

    private CalibrationReportRoutes() {}
}
