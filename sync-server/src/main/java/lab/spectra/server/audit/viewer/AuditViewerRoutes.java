package lab.spectra.server.audit.viewer;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditVerificationStatus;
import lab.spectra.model.audit.view.RecordHistory;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.report.AuditTrailPdf;
import lab.spectra.model.report.PrintableAuditView;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.Requests;

/**
 * The audit-trail viewer's routes (ADR 0029), for PIs, admins and viewers (the account an
 * inspector is given); technicians and engineers are refused. Everything reads the caller's own
 * organization only.
 */
public final class AuditViewerRoutes {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** The response header carrying the SHA-256 of an export. */
    public static final String CONTENT_HASH_HEADER = "X-Content-SHA256";

    private final AuditEntries entries;
    private final AuditFilters filters;
    private final AuditExports exports;
    private final AuditVerifications verifications;
    private final AuditTrailPdf printer;
    private final Clock clock;

    private AuditViewerRoutes(
            AuditEntries entries, AuditVerifications verifications, AuditTrailPdf printer, Clock clock) {
        this.entries = entries;
        this.filters = new AuditFilters(entries);
        this.exports = new AuditExports(entries);
        this.verifications = verifications;
        this.printer = printer;
        this.clock = clock;
    }

    public static void register(
            ApiRoutes routes,
            AuditEntries entries,
            AuditVerifications verifications,
            AuditTrailPdf printer,
            Clock clock) {
        new AuditViewerRoutes(entries, verifications, printer, clock).registerOn(routes);
    }

    private void registerOn(ApiRoutes routes) {
        List<String> pageQuery = Stream.concat(AuditFilters.QUERY.stream(), Stream.of("before", "limit"))
                .toList();
        routes.get(
                "/api/audit/entries",
                "The organization's audit entries, newest first, filtered by table, record_id, actor_id, action,"
                        + " from/to (an instant, or a day in UTC) and workstation_id; paged by before= (the next of"
                        + " the page before), limit up to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")."
                        + " PI, admin and viewer",
                pageQuery,
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    AuditFilter filter = filters.of(ctx, organizationId);
                    long before = Requests.longQuery(ctx, "before", Long.MAX_VALUE, 1, Long.MAX_VALUE);
                    int limit = (int) Requests.longQuery(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
                    ctx.header("Cache-Control", "no-store").json(entries.page(organizationId, filter, before, limit));
                });
        routes.describeAnswer(HandlerType.GET, "/api/audit/entries", AuditEntryPage.class);
        routes.get(
                "/api/audit/records/{table}/{id}",
                "A record's full history in the audit trail, oldest first, each change with the fields it changed"
                        + " (old and new value) and the reason given. PI, admin and viewer",
                List.of(),
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    String table = filters.table(ctx.pathParam("table"), organizationId);
                    UUID recordId = Requests.pathId(ctx, "The record");
                    RecordHistory history = entries.history(organizationId, table, recordId);
                    if (history.changes().isEmpty()) {
                        throw ApiException.notFound("The audit trail of " + table + " " + recordId);
                    }
                    ctx.header("Cache-Control", "no-store").json(history);
                });
        routes.describeAnswer(HandlerType.GET, "/api/audit/records/{table}/{id}", RecordHistory.class);
        routes.signedIn(
                HandlerType.POST,
                "/api/audit/verifications",
                "Start verifying the organization's audit trail in the background (or join the one running):"
                        + " from the newest signed checkpoint, or from the first entry with ?full=true. PI, admin"
                        + " and viewer",
                null,
                List.of("full"),
                202,
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    AuditVerificationStatus started = verifications.start(organizationId, full(ctx));
                    ctx.status(202)
                            .header("Location", "/api/audit/verifications/" + started.id())
                            .json(started);
                });
        routes.describeAnswer(HandlerType.POST, "/api/audit/verifications", AuditVerificationStatus.class);
        routes.get(
                "/api/audit/verifications/{id}",
                "How a verification of the audit trail stands: entries checked of those to check, and once done"
                        + " the verdict (OK, BROKEN with the first broken entry, TRUNCATED or REWRITTEN)",
                List.of(),
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    UUID id = Requests.pathId(ctx, "The verification");
                    ctx.header("Cache-Control", "no-store")
                            .json(verifications
                                    .status(organizationId, id)
                                    .orElseThrow(() -> ApiException.notFound("The verification")));
                });
        routes.describeAnswer(HandlerType.GET, "/api/audit/verifications/{id}", AuditVerificationStatus.class);
        routes.get(
                "/api/audit/entries.csv",
                "The filtered audit entries (same filters as /api/audit/entries, all of them, newest first) as"
                        + " CSV (text/csv); the header " + CONTENT_HASH_HEADER + " is the SHA-256 of the body",
                AuditFilters.QUERY,
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    AuditFilter filter = filters.of(ctx, organizationId);
                    Path file = Files.createTempFile("spectra-audit-", ".csv");
                    AuditExports.Written written;
                    try (OutputStream out = Files.newOutputStream(file)) {
                        written = exports.csv(organizationId, filter, out, 0);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(file);
                        throw e;
                    }
                    // Written aside first so the hash can lead the response; the file goes when sent.
                    ctx.header("Cache-Control", "no-store")
                            .header(CONTENT_HASH_HEADER, written.sha256())
                            .header("X-Audit-Entries", Long.toString(written.entries()))
                            .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
                            .contentType("text/csv; charset=utf-8")
                            .result(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
                });
        routes.get(
                "/api/audit/entries.pdf",
                "The filtered audit entries as a PDF (application/pdf) with the filter, the chain's status, the"
                        + " number of entries and the SHA-256 of the same view's CSV; the newest "
                        + AuditTrailPdf.MAX_ENTRIES + " are listed. ?tz= names the time zone of its times",
                Stream.concat(AuditFilters.QUERY.stream(), Stream.of("tz")).toList(),
                (ctx, user) -> {
                    UUID organizationId = allowed(user);
                    AuditFilter filter = filters.of(ctx, organizationId);
                    AuditExports.Written written = exports.forPrint(organizationId, filter);
                    PrintableAuditView view = new PrintableAuditView(
                            entries.organizationName(organizationId),
                            user.displayName(),
                            clock.instant(),
                            Requests.timeZone(ctx),
                            filter.describe(),
                            chainStatus(organizationId),
                            written.entries(),
                            written.sha256(),
                            written.newest());
                    byte[] pdf = printer.bytes(view);
                    ctx.header("Cache-Control", "no-store")
                            .header("X-Entries-SHA256", written.sha256())
                            .header("Content-Disposition", "inline; filename=\"audit-trail.pdf\"")
                            .contentType("application/pdf")
                            .result(pdf);
                });
    }

    /** The newest finished verification's verdict, or a check from the newest checkpoint now. */
    private String chainStatus(UUID organizationId) {
        AuditVerificationStatus status =
                verifications.latestFinished(organizationId).orElseGet(() -> verifications.verifyNow(organizationId));
        String how = status.incremental()
                ? "checked from the signed checkpoint at entry #" + status.fromSequence()
                : "checked from the first entry";
        return (status.verdict() == null ? "UNKNOWN" : status.verdict()) + " \u2014 " + status.description() + " ("
                + how + ", finished " + status.finishedAt() + ")";
    }

    private static UUID allowed(UserAccount user) {
        if (!user.asActor().may(Action.VIEW_AUDIT_TRAIL)) {
            throw ApiException.forbidden(
                    "Only PIs, admins and viewers (inspectors) may " + Action.VIEW_AUDIT_TRAIL.phrase());
        }
        return user.organizationId();
    }

    private static boolean full(Context ctx) {
        String value = ctx.queryParam("full");
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("invalid_parameter", "'full' must be true or false");
        };
    }
}
