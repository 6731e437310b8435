package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.RejectionCode;

/**
 * A change the server refused: what the author did, why it was refused, and for a conflict the
 * server's version of the record, so the author can see both.
 *
 * @param blockedRunId the run shown as blocked because this refused command started it, or null
 */
public record SyncProblem(
        UUID commandId,
        UUID authorId,
        Command command,
        Kind kind,
        RejectionCode code,
        String message,
        JsonNode serverRow,
        UUID blockedRunId,
        Instant decidedAt) {

    public enum Kind {
        REJECTED,
        CONFLICT
    }
}
