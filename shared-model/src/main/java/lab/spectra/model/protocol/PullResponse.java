package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page of the caller's organization's changes after their checkpoint. The client stores
 * {@code nextCheckpoint} in the same transaction as the rows, and asks again while
 * {@code hasMore}. {@code timeReceipt} is a signed time receipt for the pulling workstation, when
 * it named itself in {@code X-Workstation-Id}.
 */
public record PullResponse(
        List<ChangeEnvelope> changes,
        long nextCheckpoint,
        boolean hasMore,
        Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeReceipt) {

    public PullResponse {
        changes = List.copyOf(changes);
        Objects.requireNonNull(serverTime, "server_time");
    }

    public PullResponse(List<ChangeEnvelope> changes, long nextCheckpoint, boolean hasMore, Instant serverTime) {
        this(changes, nextCheckpoint, hasMore, serverTime, null);
    }
}
