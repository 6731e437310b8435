package lab.spectra.server.lims;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.report.PrintableEntry;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.Requests;

/** The printable record of a notebook entry, as a PDF anyone of the lab may read. */
public final class ElnRecordRoutes {

    public static void register(ApiRoutes routes, ElnRecords records, EntryPdf printer) {
        routes.get(
                "/api/lims/eln/{id}/record.pdf",
                "The entry's printable record (application/pdf): text, links, signatures, verification"
                        + " hashes; ?tz= names the time zone its times are shown in (default UTC)",
                List.of("tz"),
                (ctx, user) -> {
                    UUID entryId = Requests.pathId(ctx, "The notebook entry");
                    ZoneId zone = Requests.timeZone(ctx);
                    PrintableEntry entry = records.printable(user, entryId, zone)
                            .orElseThrow(() -> ApiException.notFound("The notebook entry"));
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    printer.write(entry, pdf);
                    ctx.contentType("application/pdf")
                            .header(
                                    "Content-Disposition",
                                    "inline; filename=\"entry-" + entry.entryId() + "-v" + entry.version() + ".pdf\"")
                            .result(pdf.toByteArray());
                });
    }

    private ElnRecordRoutes() {}
}
