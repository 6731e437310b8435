package lab.spectra.model.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One answer per pushed command, in the order sent, and the server's clock. */
public record PushResponse(List<CommandResult> results, Instant serverTime) {

    public PushResponse {
        results = List.copyOf(results);
        Objects.requireNonNull(serverTime, "server_time");
    }
}
