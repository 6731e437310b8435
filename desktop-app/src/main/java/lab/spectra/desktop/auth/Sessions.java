package lab.spectra.desktop.auth;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The online sessions of the people signed in on this PC, in memory only: after a restart each
 * person signs in again before their queued changes are sent.
 */
public final class Sessions {

    private final Map<UUID, ServerSession> byUser = new ConcurrentHashMap<>();

    public void signedIn(ServerSession session) {
        byUser.put(session.userId(), session);
    }

    public void signedOut(UUID userId) {
        byUser.remove(userId);
    }

    public Optional<ServerSession> of(UUID userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    /** Replaces a session after its tokens were renewed, unless its user signed out meanwhile. */
    public void renewed(ServerSession session) {
        byUser.computeIfPresent(session.userId(), (id, old) -> session);
    }

    public Collection<ServerSession> all() {
        return List.copyOf(byUser.values());
    }
}
