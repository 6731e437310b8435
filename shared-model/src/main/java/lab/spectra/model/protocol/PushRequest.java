package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import lab.spectra.model.command.Command;

/**
 * Pending commands of one user, oldest first. From sync protocol 3 on, {@code decidedBefore} carries
 * the server's signed decision receipts for commands sent again after the server was restored (ADR
 * 0040): each command a valid receipt names with its exact content is decided as it was then.
 */
public record PushRequest(
        List<Command> commands,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> decidedBefore) {

    /** Receipts a push may carry: a batch's commands were answered in at most a few pushes. */
    public static final int MAX_DECISION_RECEIPTS = 64;

    public PushRequest {
        commands = commands == null ? List.of() : List.copyOf(commands);
        decidedBefore = decidedBefore == null ? List.of() : List.copyOf(decidedBefore);
    }

    public PushRequest(List<Command> commands) {
        this(commands, List.of());
    }
}
