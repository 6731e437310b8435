package lab.spectra.model.testing;

import java.time.Instant;
import java.util.Optional;
import lab.spectra.model.clock.ServerTimeStore;

/** Keeps the floor in memory; a new clock on the same store behaves like the app restarted. */
public final class InMemoryServerTimeStore implements ServerTimeStore {

    private Instant saved;
    private int saves;

    @Override
    public Optional<Instant> load() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void save(Instant latestServerTime) {
        saved = latestServerTime;
        saves++;
    }

    public int saves() {
        return saves;
    }
}
