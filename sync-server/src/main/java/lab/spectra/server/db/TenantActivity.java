package lab.spectra.server.db;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which organizations' audit trails grew on this server since someone last asked: the audit
 * checkpointer looks only at those instead of at every tenant, which the application role cannot
 * list anyway. A hint, not state: noted before the transaction commits (a rolled-back one costs the
 * checkpointer one look), forgotten by a restart and picked up again at the organization's next
 * change, and kept by each server instance for the changes it made.
 */
public final class TenantActivity {

    private final Set<UUID> active = ConcurrentHashMap.newKeySet();

    public void noted(UUID organizationId) {
        active.add(organizationId);
    }

    /** The organizations seen since the last call, forgotten as they are handed out. */
    public List<UUID> drain() {
        List<UUID> drained = new ArrayList<>();
        Iterator<UUID> organizations = active.iterator();
        while (organizations.hasNext()) {
            drained.add(organizations.next());
            organizations.remove();
        }
        return drained;
    }
}
