package lab.spectra.server.db;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change numbers the current transaction of this thread has advanced, told once it commits
 * and forgotten if it does not. {@link OrgSequence#save} notes them; {@link Database} opens one
 * per transaction (nested transactions on the same thread each keep their own).
 */
public final class CommittedChanges {

    /** Told after a commit: the organization's change number now stands at {@code changeNumber}. */
    @FunctionalInterface
    public interface Listener {
        void advanced(UUID organizationId, long changeNumber);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommittedChanges.class);
    private static final ThreadLocal<CommittedChanges> CURRENT = new ThreadLocal<>();

    private final CommittedChanges outer;
    private final Map<UUID, Long> advanced = new HashMap<>();

    private CommittedChanges(CommittedChanges outer) {
        this.outer = outer;
    }

    static CommittedChanges begin() {
        CommittedChanges changes = new CommittedChanges(CURRENT.get());
        CURRENT.set(changes);
        return changes;
    }

    /** Notes, inside the transaction, that the organization's change number reached {@code changeNumber}. */
    static void note(UUID organizationId, long changeNumber) {
        CommittedChanges changes = CURRENT.get();
        if (changes != null) {
            changes.advanced.merge(organizationId, changeNumber, Math::max);
        }
    }

    void committed(Listener listener) {
        try {
            advanced.forEach(listener::advanced);
        } catch (RuntimeException e) {
            // The transaction is committed whatever a listener does; streams catch up on their next event.
            LOG.warn("A listener of committed changes failed", e);
        }
        advanced.clear();
    }

    void end() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
