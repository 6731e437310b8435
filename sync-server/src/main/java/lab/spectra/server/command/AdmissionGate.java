package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import lab.spectra.model.command.Command;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.CommandResult;

/**
 * Decides, inside a pushed command's transaction, what its evidence lets through (ADR 0012), in
 * two steps: first whether the pusher may speak for the command's author at all (nothing about
 * the author's commands is revealed or recorded otherwise), then - for a command that was not
 * decided before - what its signature chain and time receipt admit. It is told when a command has
 * been decided, to move the author's chain on in the same transaction (held, and written by
 * {@link #writeHeld} before the commit).
 */
public interface AdmissionGate {

    /** A refusal when the pusher may not speak for the author of this command; never recorded. */
    Optional<CommandResult.Rejected> refuseImpostor(Connection connection, Command command, UserAccount author)
            throws SQLException;

    /** The hash of exactly this command, kept with its answer. */
    String contentHash(Command command);

    Admission admit(Connection connection, Command command, UserAccount author, Instant receivedAt) throws SQLException;

    /**
     * When this server applied exactly this command before, by a decision receipt sent with it again
     * after a restore (ADR 0040): it is then judged as received at that time. Empty otherwise.
     */
    default Optional<Instant> previouslyAppliedAt(Command command, String contentHash) {
        return Optional.empty();
    }

    void decided(Connection connection, Command command) throws SQLException;

    /**
     * Writes what {@link #decided} moved on but held back (a key's chain head, written once per
     * key per transaction rather than per command); called before the transaction commits.
     */
    default void writeHeld(Connection connection) throws SQLException {}

    /**
     * Forgets what was read or held in the transaction so far: a new transaction begins, or the
     * writes since the last {@link #writeHeld} were rolled back.
     */
    default void forgetHeld() {}
}
