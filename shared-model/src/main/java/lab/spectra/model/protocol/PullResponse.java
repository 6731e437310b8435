package lab.spectra.model.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page of the caller's organization's changes after their checkpoint. The client stores
 * {@code nextCheckpoint} in the same transaction as the rows, and asks again while
 * {@code hasMore}.
 */
public record PullResponse(List<ChangeEnvelope> changes, long nextCheckpoint, boolean hasMore, Instant serverTime) {

    public PullResponse {
        changes = List.copyOf(changes);
        Objects.requireNonNull(serverTime, "server_time");
    }
}
