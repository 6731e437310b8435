package lab.spectra.model.clock;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a workstation keeps the latest server time it has seen, so the floor survives a restart.
 * The desktop app stores it in its local database.
 */
public interface ServerTimeStore {

    Optional<Instant> load();

    void save(Instant latestServerTime);
}
