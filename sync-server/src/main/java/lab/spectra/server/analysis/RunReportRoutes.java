package lab.spectra.server.analysis;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.report.PrintableRun;
import lab.spectra.model.report.RunReportPdf;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.Requests;

/** A run's printable report, as a PDF any member of the lab may fetch (for scripts as for people). */
public final class RunReportRoutes {

    public static void register(ApiRoutes routes, RunReports reports, RunReportPdf printer) {
        routes.get(
                "/api/analysis/runs/{id}/report.pdf",
                "The run's report (application/pdf): context, chart, results, raw file hashes, signatures;"
                        + " ?tz= names the time zone its times are shown in (default UTC), ?y_scale=log draws an"
                        + " IV sweep's |current| on a logarithmic axis (default linear)",
                List.of("tz", "y_scale"),
                (ctx, user) -> {
                    UUID runId = Requests.pathId(ctx, "The run");
                    PrintableRun run = reports.printable(
                                    user, runId, Requests.timeZone(ctx), logarithmic(ctx.queryParam("y_scale")))
                            .orElseThrow(() -> ApiException.notFound("The run"));
                    byte[] pdf = printer.bytes(run);
                    // The report carries the lab's data and the reader's name: no cache keeps it.
                    ctx.header("Cache-Control", "no-store")
                            .header("Content-Disposition", "inline; filename=\"run-" + runId + ".pdf\"")
                            .contentType("application/pdf")
                            .result(pdf);
                });
    }

    private static boolean logarithmic(String scale) {
        if (scale == null || scale.isBlank()) {
            return false;
        }
        return switch (scale.strip().toLowerCase(Locale.ROOT)) {
            case "log" -> true;
            case "linear" -> false;
            default ->
                throw ApiException.badRequest(
                        "invalid_parameter", "'y_scale' must be linear or log; '" + scale + "' is neither");
        };
    }

    private RunReportRoutes() {}
}
