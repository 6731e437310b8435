package lab.spectra.desktop.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.model.protocol.DataEpoch;

/**
 * The bench's side of a server restored from a backup (ADR 0040): what it held may be missing there,
 * so it loads the data again from the start and sends again every command it still keeps, before
 * what was queued since, in their old places.
 */
final class RestoredData {

    private RestoredData() {}

    /** Whether the server refused a sync call because its data is older than what this bench synced with. */
    static boolean signalledBy(ServerRefusedException refusal) {
        return DataEpoch.EPOCH_CHANGED.equals(refusal.code()) || DataEpoch.CHECKPOINT_AHEAD.equals(refusal.code());
    }

    /**
     * In one transaction: the kept commands queued again, the checkpoint back to zero with the synced
     * tables marked to be emptied and loaded anew ({@link InitialLoadMark}), and the server's epoch
     * remembered (or forgotten, from a server that names none).
     *
     * @return how many commands were queued again
     */
    static int startOver(Connection connection, Optional<UUID> serverEpoch) throws SQLException {
        int queued = SentCommands.queueAgain(connection);
        try (PreparedStatement reset = connection.prepareStatement(
                "UPDATE sync_state SET checkpoint = 0, initial_load_unfinished = TRUE WHERE id = 1")) {
            reset.executeUpdate();
        }
        BenchState.dataEpoch(connection, serverEpoch.orElse(null));
        return queued;
    }
}
