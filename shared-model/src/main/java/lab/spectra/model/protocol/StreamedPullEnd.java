package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * The last line of a streamed pull page: what {@link PullResponse} says besides its changes,
 * and how many change lines came before it, so that a cut stream is never taken for a short page.
 */
public record StreamedPullEnd(
        long nextCheckpoint,
        boolean hasMore,
        Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeReceipt,
        long changes) {

    public StreamedPullEnd {
        Objects.requireNonNull(serverTime, "server_time");
    }
}
