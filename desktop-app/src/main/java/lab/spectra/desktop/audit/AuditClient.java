package lab.spectra.desktop.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.SessionCalls;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditVerificationStatus;
import lab.spectra.model.audit.view.RecordHistory;

/**
 * The server's audit-trail routes (ADR 0029), called with a person's online session: the audit log
 * is never copied to a bench, so every call needs the server.
 */
public final class AuditClient {

    private static final String ENTRIES = "/api/audit/entries";

    private final ServerLink link;
    private final SessionCalls calls;

    public AuditClient(ServerLink link, SessionCalls calls) {
        this.link = link;
        this.calls = calls;
    }

    /** A page of entries, newest first, below {@code before} (null for the first page). */
    public AuditEntryPage entries(ServerSession session, AuditQuery query, Long before, int limit) {
        String path = ENTRIES + "?limit=" + limit + query.parameters() + (before == null ? "" : "&before=" + before);
        return calls.call(
                session,
                "to read the audit trail",
                current -> link.get(path, current.accessToken(), AuditEntryPage.class));
    }

    public RecordHistory history(ServerSession session, String table, UUID recordId) {
        String path = "/api/audit/records/" + URLEncoder.encode(table, StandardCharsets.UTF_8) + "/" + recordId;
        return calls.call(
                session,
                "to read the audit trail",
                current -> link.get(path, current.accessToken(), RecordHistory.class));
    }

    /** Starts the server's verification of the trail (or joins the one running). */
    public AuditVerificationStatus startVerification(ServerSession session, boolean full) {
        return calls.call(
                session,
                "to check the audit trail",
                current -> link.post(
                        "/api/audit/verifications" + (full ? "?full=true" : ""),
                        current.accessToken(),
                        Map.of(),
                        AuditVerificationStatus.class));
    }

    public AuditVerificationStatus verification(ServerSession session, UUID id) {
        return calls.call(
                session,
                "to check the audit trail",
                current -> link.get(
                        "/api/audit/verifications/" + id, current.accessToken(), AuditVerificationStatus.class));
    }

    /** Saves the filtered view as CSV ({@code csv}) or PDF ({@code pdf}) to {@code target}. */
    public void export(ServerSession session, AuditQuery query, String format, Path target) {
        String path = ENTRIES + "." + format + "?" + query.parameters().replaceFirst("^&", "");
        calls.call(session, "to export the audit trail", current -> {
            link.download(path, current.accessToken(), target);
            return target;
        });
    }
}
