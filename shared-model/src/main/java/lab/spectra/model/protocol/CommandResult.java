package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;

/**
 * The server's answer to one pushed command. The server keeps it with the command id and gives
 * the same answer when the command arrives again.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "status")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommandResult.Applied.class, name = "applied"),
    @JsonSubTypes.Type(value = CommandResult.Rejected.class, name = "rejected"),
    @JsonSubTypes.Type(value = CommandResult.Conflict.class, name = "conflict")
})
public sealed interface CommandResult {

    UUID commandId();

    /** Applied; {@code rows} are the rows it wrote, at their new versions. */
    record Applied(UUID commandId, List<RowEnvelope> rows) implements CommandResult {
        public Applied {
            Objects.requireNonNull(commandId, "command_id");
            rows = List.copyOf(rows);
        }
    }

    record Rejected(UUID commandId, RejectionCode code, String message) implements CommandResult {
        public Rejected {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Someone else changed a regulated field first; {@code current} is the server's row. */
    record Conflict(UUID commandId, String message, RowEnvelope current) implements CommandResult {
        public Conflict {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(current, "current");
        }
    }
}
