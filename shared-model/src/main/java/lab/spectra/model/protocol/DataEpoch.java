package lab.spectra.model.protocol;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Which life of the server's data a bench synced with (issue 22, ADR 0040). A server names its data's
 * epoch on every answer ({@value #HEADER}); the lab's {@code restore} command begins a new one. A bench
 * names the epoch it synced with on every request, and the exchange of changes is refused (409
 * {@value #EPOCH_CHANGED}) before anything is decided when the two differ. A bench
 * that synced with one epoch and meets another, or whose checkpoint is past the server's newest change
 * ({@value #CHECKPOINT_AHEAD}), holds work the restored data may lack: it loads the data again and
 * sends again what it still keeps.
 */
public final class DataEpoch {

    public static final String HEADER = "Spectra-Data-Epoch";

    /** A bench named the epoch it synced with, and the server's data is of another: it was restored since. */
    public static final String EPOCH_CHANGED = "data_epoch_changed";

    /** A pull after a change number the server never reached: the server was restored behind the bench. */
    public static final String CHECKPOINT_AHEAD = "checkpoint_ahead";

    /** How long a bench keeps the commands the server decided, to send again after a restore. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private DataEpoch() {}

    /** The epoch a server named; empty when it named none (a server before epochs) or not an id. */
    public static Optional<UUID> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(header.strip()));
        } catch (IllegalArgumentException notAnEpoch) {
            return Optional.empty();
        }
    }

    /**
     * What the bench makes of the epoch a server names now, given the one it synced with before.
     *
     * @return true when the bench must load the data again and send what it keeps
     */
    public static boolean restoredSince(Optional<UUID> syncedWith, Optional<UUID> namedNow) {
        return syncedWith.isPresent() && namedNow.isPresent() && !syncedWith.equals(namedNow);
    }
}
