package lab.spectra.server.command;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.trust.ReviewFlag;

/**
 * What the evidence a command arrives with lets through to the rules (ADR 0012): the command to
 * decide, at which time, with what to flag for review; or a refusal, which is kept as the
 * command's answer only when the command is provably its author's.
 */
public sealed interface Admission {

    /** The hash of the command's content, kept with its answer so a replay with other content is told apart. */
    String contentHash();

    /**
     * @param command  the command as it is to be decided (an unsigned one re-dated to the receive time)
     * @param judgedAt the time the rules judge it at
     */
    record Admitted(Command command, Instant judgedAt, List<ReviewFlag> flags, String contentHash)
            implements Admission {
        public Admitted {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(judgedAt, "judgedAt");
            flags = List.copyOf(flags);
            Objects.requireNonNull(contentHash, "contentHash");
        }
    }

    /**
     * @param recorded whether this answer is kept for the command (only for commands proven to be
     *                 their author's: a spoof must never block the real author's command id)
     */
    record Refused(CommandResult.Rejected result, boolean recorded, String contentHash) implements Admission {
        public Refused {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(contentHash, "contentHash");
        }
    }
}
