package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * The first line of an initial load: the checkpoint the rows that follow are exact at (the
 * highest change number visible in the snapshot they were read in), the server's time and a time
 * receipt for the workstation that named itself.
 */
public record SnapshotStart(
        long checkpoint,
        Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeReceipt) {

    public SnapshotStart {
        Objects.requireNonNull(serverTime, "server_time");
        if (checkpoint < 0) {
            throw new IllegalArgumentException("A checkpoint is never negative");
        }
    }
}
