package lab.spectra.desktop.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.store.WitnessedCheckpoints;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.trust.PublicKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each pull, fetches the newest signed checkpoint of the organization's audit trail and
 * keeps it if its signature verifies with the server's published record keys: every bench becomes
 * a witness of how far the trail reached. Never stands in the way of a sync: a server without
 * checkpoints, or one that cannot be asked right now, is simply asked again next time.
 */
public final class AuditWitness {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWitness.class);

    private final SyncClient client;
    private final WitnessedCheckpoints witnessed;
    private final Clock clock;
    private final PublicKeys serverKeys;

    /** @param serverKeys the bench's trust anchor: a checkpoint counts only if one of these keys signed it */
    public AuditWitness(SyncClient client, WitnessedCheckpoints witnessed, Clock clock, PublicKeys serverKeys) {
        this.client = client;
        this.witnessed = witnessed;
        this.clock = clock;
        this.serverKeys = serverKeys;
    }

    /** Fetches, checks and keeps the newest checkpoint of the session's organization. */
    public void witness(ServerSession session) {
        try {
            Optional<String> statement = client.auditCheckpoint(session);
            if (statement.isEmpty()) {
                return;
            }
            Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.verify(statement.get(), serverKeys)
                    .filter(signed -> signed.organizationId().equals(session.organizationId()));
            if (checkpoint.isEmpty()) {
                LOG.warn("The server sent an audit checkpoint that is not signed by its record keys; not kept");
                return;
            }
            OptionalLong before = witnessed.newestSequence();
            witnessed.keep(checkpoint.get(), clock.instant());
            if (before.isPresent() && checkpoint.get().sequence() < before.getAsLong()) {
                LOG.warn(
                        "The server's newest audit checkpoint names entry #{}, but this PC witnessed #{} before:"
                                + " ask the lab's administrator to run verify-audit",
                        checkpoint.get().sequence(),
                        before.getAsLong());
            }
        } catch (ServerRefusedException | ServerUnreachableException | NotSignedInException e) {
            LOG.info("No audit checkpoint kept this time: {}", e.getMessage());
        }
    }
}
