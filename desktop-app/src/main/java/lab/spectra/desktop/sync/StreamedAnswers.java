package lab.spectra.desktop.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.RowEnvelope;

/**
 * Applies a pushed batch's answers as they arrive, without a rebase, when nothing still pending
 * could tell the difference (ADR 0031): every command of the batch was applied, the server's rows
 * cover every row its local effect touched, and no command still queued touched any of those rows.
 * The server's rows then simply replace the bench's own versions and the commands leave the queue;
 * a rebase (which replays every pending command) would end in the same rows. Any other batch - a
 * refusal, a conflict, rows shared with later work - is left to the rebase.
 */
final class StreamedAnswers {

    private final BenchCommands commands;
    private final PulledRowWriter rows;

    StreamedAnswers(BenchCommands commands, PulledRowWriter rows) {
        this.commands = commands;
        this.rows = rows;
    }

    /** True when the answers were applied here; false when nothing was written and a rebase must apply them. */
    boolean apply(List<PendingCommand> batch, List<CommandResult> results, Instant decidedAt, String receipt) {
        for (CommandResult result : results) {
            if (!(result instanceof CommandResult.Applied)) {
                return false;
            }
        }
        return commands.exclusive(connection -> applyIfUnnoticed(connection, batch, results, decidedAt, receipt));
    }

    private boolean applyIfUnnoticed(
            Connection connection,
            List<PendingCommand> batch,
            List<CommandResult> results,
            Instant decidedAt,
            String receipt)
            throws SQLException {
        Map<UUID, Set<LocalEffects.Touched>> touched = commands.effects().touchedByCommand(connection);
        Set<UUID> answered = new HashSet<>();
        Set<LocalEffects.Touched> answeredRows = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            UUID commandId = batch.get(i).commandId();
            answered.add(commandId);
            Set<LocalEffects.Touched> fromServer = new HashSet<>();
            for (RowEnvelope row : ((CommandResult.Applied) results.get(i)).rows()) {
                fromServer.add(new LocalEffects.Touched(row.table(), row.id()));
            }
            if (!fromServer.containsAll(touched.getOrDefault(commandId, Set.of()))) {
                // The bench changed a row the server did not: only a rebase puts it back.
                return false;
            }
            answeredRows.addAll(fromServer);
        }
        for (Map.Entry<UUID, Set<LocalEffects.Touched>> other : touched.entrySet()) {
            if (!answered.contains(other.getKey()) && other.getValue().stream().anyMatch(answeredRows::contains)) {
                return false;
            }
        }
        UUID organizationId = BenchState.read(connection).organizationId();
        List<RowEnvelope> serverRows = new ArrayList<>();
        results.forEach(result -> serverRows.addAll(((CommandResult.Applied) result).rows()));
        commands.outbox().removeAll(connection, new ArrayList<>(answered), decidedAt, receipt);
        rows.applyAnswerRows(connection, organizationId, serverRows);
        return true;
    }
}
