package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer per pushed command, in the order sent, the server's clock, and a signed time receipt
 * for the pushing workstation (when it named itself in {@code X-Workstation-Id}).
 */
public record PushResponse(
        List<CommandResult> results,
        Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeReceipt) {

    public PushResponse {
        results = List.copyOf(results);
        Objects.requireNonNull(serverTime, "server_time");
    }

    public PushResponse(List<CommandResult> results, Instant serverTime) {
        this(results, serverTime, null);
    }
}
