package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.RowChange;

/**
 * What only the server adds to a command the shared rules accepted, before its rows are written,
 * in the same transaction: checking evidence that needs the server's own records (a notebook
 * signature's device key) and stamping what needs the server's own keys (its countersignature).
 * It may refuse, and then nothing of the command is written.
 */
@FunctionalInterface
public interface Endorsement {

    /** Adds nothing: every accepted command is written as the rules decided it. */
    Endorsement NONE = (connection, command, author, changes, receivedAt, synced) -> new Applied(changes);

    /**
     * @param synced whether the command came in a push from a bench (rather than a REST write
     *               made at the server)
     * @return the changes to write ({@link Applied}), or a refusal
     *         ({@link lab.spectra.model.command.Rejected})
     */
    Outcome endorse(
            Connection connection,
            Command command,
            Actor author,
            List<RowChange> changes,
            Instant receivedAt,
            boolean synced)
            throws SQLException;

    /**
     * Whether endorsing this command reads the database, so that the rows a pushed transaction
     * holds back must be written first (ADR 0031); when in doubt, it does.
     */
    default boolean reads(Command command) {
        return true;
    }
}
