package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer per pushed command, in the order sent, the server's clock, and a signed time receipt
 * for the pushing workstation (when it named itself in {@code X-Workstation-Id}). From sync protocol 3
 * on, a signed decision receipt names the commands applied ({@link lab.spectra.model.trust.DecisionReceipt},
 * ADR 0040); benches of earlier versions never get one.
 */
public record PushResponse(
        List<CommandResult> results,
        Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeReceipt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String decisionReceipt) {

    public PushResponse {
        results = List.copyOf(results);
        Objects.requireNonNull(serverTime, "server_time");
    }

    public PushResponse(List<CommandResult> results, Instant serverTime, String timeReceipt) {
        this(results, serverTime, timeReceipt, null);
    }

    public PushResponse(List<CommandResult> results, Instant serverTime) {
        this(results, serverTime, null, null);
    }

    /** The same answer for a bench that reads no decision receipts (sync protocol 2 and earlier). */
    public PushResponse withoutDecisionReceipt() {
        return new PushResponse(results, serverTime, timeReceipt, null);
    }
}
