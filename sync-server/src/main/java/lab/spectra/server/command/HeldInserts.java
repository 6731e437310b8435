package lab.spectra.server.command;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcRowWriter;

/**
 * The new rows of a pushed transaction's commands, held and inserted together (ADR 0031, revised
 * 2026-11-30) rather than one round trip each. They are written, in the order their commands
 * were decided, before anything reads the database that could see them: the rules' reads
 * ({@link PrefetchedState}), an endorsement that reads, any update, a system row, the commit. So
 * every command is still decided against the rows its predecessors wrote. A constraint that
 * refuses a held row is met when they are written: the transaction is then decided again with a
 * savepoint around each command, where nothing is held ({@link #immediate}).
 */
final class HeldInserts {

    private final JdbcRowWriter writer;
    private final Connection connection;
    private final boolean holding;
    private final List<Row> rows = new ArrayList<>();

    private HeldInserts(JdbcRowWriter writer, Connection connection, boolean holding) {
        this.writer = writer;
        this.connection = connection;
        this.holding = holding;
    }

    /** Holds new rows until something may read them. */
    static HeldInserts holding(JdbcRowWriter writer, Connection connection) {
        return new HeldInserts(writer, connection, true);
    }

    /** Writes every change at once, as a command's own savepoint needs. */
    static HeldInserts immediate(JdbcRowWriter writer, Connection connection) {
        return new HeldInserts(writer, connection, false);
    }

    /** A command's changes: new rows are held; anything else is written now, after what is held. */
    void write(List<RowChange> changes) {
        if (holding && changes.stream().allMatch(RowChange.Inserted.class::isInstance)) {
            for (RowChange change : changes) {
                rows.add(change.after());
            }
            return;
        }
        flush();
        writer.write(connection, changes);
    }

    /** Writes what is held, in order; holds nothing after, even when the database refused it. */
    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            writer.insertAll(connection, rows);
        } finally {
            rows.clear();
        }
    }

    /** Forgets what is held: the transaction is rolled back. */
    void discard() {
        rows.clear();
    }
}
