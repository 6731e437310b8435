package lab.spectra.desktop.trust;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.auth.Actor;

/**
 * The people unlocked on this bench right now, in memory only. The local checks take a person's
 * role and active flag from here (their signed snapshot), never from the bench's users table.
 */
public final class Identities {

    private final Map<UUID, UnlockedPerson> byUser = new ConcurrentHashMap<>();

    public void unlocked(UnlockedPerson person) {
        byUser.put(person.userId(), person);
    }

    public void locked(UUID userId) {
        byUser.remove(userId);
    }

    public Optional<UnlockedPerson> of(UUID userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    public Optional<Actor> actorOf(UUID userId) {
        return of(userId).map(person -> person.snapshot().actor());
    }

    public Collection<UnlockedPerson> all() {
        return List.copyOf(byUser.values());
    }
}
