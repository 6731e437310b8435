package lab.spectra.model.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
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

    /**
     * Applied; {@code rows} are the rows it wrote, at their new versions. {@code review} is there
     * when the server applied it without being able to vouch for all it claims (ADR 0012).
     */
    record Applied(
            UUID commandId,
            List<RowEnvelope> rows,
            @JsonInclude(JsonInclude.Include.NON_NULL) Review review) implements CommandResult {
        public Applied {
            Objects.requireNonNull(commandId, "command_id");
            rows = List.copyOf(rows);
        }

        public Applied(UUID commandId, List<RowEnvelope> rows) {
            this(commandId, rows, null);
        }
    }

    /**
     * Why an applied command went on the review list, with both of its times.
     *
     * @param codes  the review flags' codes
     * @param reason what the PI reads
     */
    record Review(List<String> codes, String reason, Instant authoredAt, Instant receivedAt) {
        public Review {
            codes = List.copyOf(codes);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(authoredAt, "authored_at");
            Objects.requireNonNull(receivedAt, "received_at");
        }
    }

    record Rejected(UUID commandId, RejectionCode code, String message) implements CommandResult {
        public Rejected {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Someone else changed a regulated field first; {@code current} is the server's row. Without
     * a row: the command's id was already used for a different change by the same author.
     */
    record Conflict(
            UUID commandId,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) RowEnvelope current) implements CommandResult {
        public Conflict {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(message, "message");
        }
    }
}
