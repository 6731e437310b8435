package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.RowEnvelope;
import lab.spectra.model.protocol.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the server's rows into the local copy. Rows go in parent-first table order (a page
 * sends each row as it is now, so a sample edited after its wafer was made comes later in the
 * page than the wafer); removals go child-first. A row of another organization is never stored,
 * whatever a server says.
 */
final class PulledRowWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PulledRowWriter.class);

    /** H2's and the SQL standard's state for a reference to a row that is not there. */
    private static final String MISSING_PARENT = "23506";

    private final RowCodec codec;
    private final JdbcRowWriter writer;

    PulledRowWriter(ObjectMapper mapper, JdbcRowWriter writer) {
        this.codec = new RowCodec(mapper);
        this.writer = writer;
    }

    /** Stores a page of pulled changes; returns how many rows were written or removed. */
    int applyChanges(Connection connection, UUID organizationId, List<ChangeEnvelope> changes) {
        List<Row> rows = new ArrayList<>();
        List<ChangeEnvelope> tombstones = new ArrayList<>();
        for (ChangeEnvelope change : changes) {
            if (change.tombstone()) {
                tombstones.add(change);
            } else {
                rows.add(codec.decode(change.table(), change.data()));
            }
        }
        int written = upsert(connection, organizationId, rows);
        tombstones.sort(Comparator.comparing((ChangeEnvelope change) -> tableOf(change.table()))
                .reversed());
        for (ChangeEnvelope tombstone : tombstones) {
            writer.delete(connection, tableOf(tombstone.table()), tombstone.id());
        }
        return written + tombstones.size();
    }

    int applyRows(Connection connection, UUID organizationId, List<RowEnvelope> envelopes) {
        return upsert(
                connection,
                organizationId,
                envelopes.stream().map(codec::decode).toList());
    }

    /**
     * Stores the rows of a push's answers. An answer can name a row the bench has not pulled yet
     * (a run the server started on a calibration recorded while this bench was offline): such a
     * row, and any of its children in the same answers, is left to the pull that follows every
     * push, which brings the parent first. Storing it here failed on the missing parent and kept
     * the bench from syncing ever again (issue 21, chaos seed 21001).
     *
     * @return how many rows were stored
     */
    int applyAnswerRows(Connection connection, UUID organizationId, List<RowEnvelope> envelopes) {
        Savepoint whole = savepoint(connection);
        try {
            int stored = applyRows(connection, organizationId, envelopes);
            release(connection, whole);
            return stored;
        } catch (DataAccessException e) {
            if (!missingParent(e)) {
                throw e;
            }
            rollback(connection, whole);
        }
        List<Row> rows = new ArrayList<>(envelopes.stream().map(codec::decode).toList());
        rows.sort(Comparator.comparing(Table::of));
        int stored = 0;
        for (Row row : rows) {
            Savepoint one = savepoint(connection);
            try {
                stored += upsert(connection, organizationId, List.of(row));
                release(connection, one);
            } catch (DataAccessException e) {
                if (!missingParent(e)) {
                    throw e;
                }
                rollback(connection, one);
                LOG.info(
                        "Left the answered {} row {} to the pull: it names a row this bench has not pulled yet",
                        Table.of(row).tableName(),
                        row.id());
            }
        }
        return stored;
    }

    private static boolean missingParent(DataAccessException e) {
        return e.getCause() instanceof SQLException cause && MISSING_PARENT.equals(cause.getSQLState());
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("Could not mark the local transaction", e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new DataAccessException("Could not release a savepoint of the local transaction", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new DataAccessException("Could not undo part of the local transaction", e);
        }
    }

    void applyRow(Connection connection, UUID organizationId, RowEnvelope envelope) {
        applyRows(connection, organizationId, List.of(envelope));
    }

    private int upsert(Connection connection, UUID organizationId, List<Row> rows) {
        List<Row> ordered = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (organizationId.equals(row.organizationId())) {
                ordered.add(row);
            } else {
                LOG.warn(
                        "Ignored a {} row of another organization ({})",
                        Table.of(row).tableName(),
                        row.id());
            }
        }
        ordered.sort(Comparator.comparing(Table::of));
        writer.upsertAll(connection, ordered);
        return ordered.size();
    }

    private static Table tableOf(String name) {
        return Table.byName(name).orElseThrow(() -> new IllegalArgumentException("Unknown table " + name));
    }
}
