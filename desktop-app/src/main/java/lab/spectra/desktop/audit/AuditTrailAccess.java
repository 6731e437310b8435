package lab.spectra.desktop.audit;

import java.nio.file.Path;
import java.util.UUID;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditVerificationStatus;
import lab.spectra.model.audit.view.RecordHistory;

/**
 * The audit viewer's way to the server, with the signed-in person's online session. Signed in
 * offline, every call fails with a {@code NotSignedInException} saying the trail is online only.
 */
public interface AuditTrailAccess {

    AuditEntryPage entries(AuditQuery query, Long before, int limit);

    RecordHistory history(String table, UUID recordId);

    AuditVerificationStatus startVerification(boolean full);

    AuditVerificationStatus verification(UUID id);

    void export(AuditQuery query, String format, Path target);
}
