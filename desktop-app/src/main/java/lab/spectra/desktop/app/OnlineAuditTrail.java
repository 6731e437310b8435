package lab.spectra.desktop.app;

import java.nio.file.Path;
import java.util.UUID;
import lab.spectra.desktop.audit.AuditClient;
import lab.spectra.desktop.audit.AuditQuery;
import lab.spectra.desktop.audit.AuditTrailAccess;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditVerificationStatus;
import lab.spectra.model.audit.view.RecordHistory;

/**
 * The audit viewer's way to the server: the signed-in person's current session, looked up at each
 * call. The audit log stays on the server, so signed in offline the viewer says it needs a
 * connection instead of showing anything.
 */
final class OnlineAuditTrail implements AuditTrailAccess {

    static final String ONLINE_ONLY = "The audit trail is kept on the lab's server only: sign in while connected to"
            + " the network to read or check it";

    private final Workstation workstation;
    private final UUID personId;
    private final AuditClient client;

    OnlineAuditTrail(Workstation workstation, UUID personId) {
        this.workstation = workstation;
        this.personId = personId;
        this.client = workstation.auditClient();
    }

    @Override
    public AuditEntryPage entries(AuditQuery query, Long before, int limit) {
        return client.entries(session(), query, before, limit);
    }

    @Override
    public RecordHistory history(String table, UUID recordId) {
        return client.history(session(), table, recordId);
    }

    @Override
    public AuditVerificationStatus startVerification(boolean full) {
        return client.startVerification(session(), full);
    }

    @Override
    public AuditVerificationStatus verification(UUID id) {
        return client.verification(session(), id);
    }

    @Override
    public void export(AuditQuery query, String format, Path target) {
        client.export(session(), query, format, target);
    }

    private ServerSession session() {
        return workstation.sessions().of(personId).orElseThrow(() -> new NotSignedInException(ONLINE_ONLY));
    }
}
