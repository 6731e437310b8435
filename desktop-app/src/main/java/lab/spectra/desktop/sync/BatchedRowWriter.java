package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.protocol.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a stream of the server's rows in the caller's transaction as they arrive: one prepared
 * insert-or-replace per table, bound row after row and sent in batches, so that neither a
 * statement per row nor the whole page is ever built (ADR 0032). Streams send a table's rows
 * together, parents' tables first; tombstones are kept until {@link #finish} and removed then,
 * children first. A row of another organization is never stored, whatever a server says.
 *
 * <p>Into tables known to be empty (an initial load), rows go in with a plain {@code INSERT},
 * which H2 does without first looking each id up, and the caller may have them committed every
 * so many rows: H2 commits a transaction by revisiting every row it wrote, which for one
 * transaction of 100,000 rows meant reading evicted pages back from the encrypted file.
 */
final class BatchedRowWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedRowWriter.class);

    /** Rows per {@code executeBatch}: large enough to amortize the call, small enough to stay cheap in memory. */
    static final int BATCH = 1_000;

    private final Connection connection;
    private final UUID organizationId;
    private final SqlDialect dialect;
    private final ObjectMapper mapper;
    private final JdbcRowWriter writer;
    private final Into into;
    private final long commitEvery;
    private final List<Tombstone> tombstones = new ArrayList<>();
    private Table table;
    private PreparedStatement statement;
    private int batched;
    private long written;
    private long uncommitted;

    private record Tombstone(Table table, UUID id) {}

    /** What the tables hold before the stream: rows it may replace, or nothing (a load after {@link InitialLoadMark#begin}). */
    enum Into {
        TABLES_WITH_ROWS,
        EMPTY_TABLES
    }

    /** Rows stored in the caller's transaction, replacing rows with the same id; nothing is committed here. */
    BatchedRowWriter(
            Connection connection, UUID organizationId, SqlDialect dialect, ObjectMapper mapper, JdbcRowWriter writer) {
        this(connection, organizationId, dialect, mapper, writer, Into.TABLES_WITH_ROWS, 0);
    }

    /**
     * @param commitEvery after how many rows what is written is committed (rounded up to whole
     *                    batches); 0: never, the caller's transaction keeps all of it
     */
    BatchedRowWriter(
            Connection connection,
            UUID organizationId,
            SqlDialect dialect,
            ObjectMapper mapper,
            JdbcRowWriter writer,
            Into into,
            long commitEvery) {
        this.connection = connection;
        this.organizationId = organizationId;
        this.dialect = dialect;
        this.mapper = mapper;
        this.writer = writer;
        this.into = into;
        this.commitEvery = commitEvery;
    }

    void row(Row row) {
        if (!organizationId.equals(row.organizationId())) {
            LOG.warn(
                    "Ignored a {} row of another organization ({})",
                    Table.of(row).tableName(),
                    row.id());
            return;
        }
        try {
            statementFor(Table.of(row));
            bind(row);
            statement.addBatch();
            written++;
            if (++batched == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not store rows of " + table.tableName(), e);
        }
    }

    void tombstone(Table gone, UUID id) {
        tombstones.add(new Tombstone(gone, id));
    }

    /** Sends what is batched and removes the tombstones' rows; returns how many rows were written or removed. */
    long finish() {
        try {
            closeStatement();
        } catch (SQLException e) {
            throw new DataAccessException("Could not store rows of " + table.tableName(), e);
        }
        tombstones.sort(Comparator.comparing(Tombstone::table).reversed());
        for (Tombstone tombstone : tombstones) {
            writer.delete(connection, tombstone.table(), tombstone.id());
        }
        return written + tombstones.size();
    }

    @SuppressWarnings("unchecked")
    private <T extends Row> void bind(Row row) throws SQLException {
        RowMapping<T> mapping = RowMapping.of(table);
        mapping.bindInsert(statement, (T) row, mapper);
    }

    private void statementFor(Table next) throws SQLException {
        if (next == table) {
            return;
        }
        closeStatement();
        table = next;
        RowMapping<?> mapping = RowMapping.of(next);
        statement = connection.prepareStatement(
                into == Into.EMPTY_TABLES ? mapping.insert(dialect) : mapping.insertOrReplace(dialect));
    }

    private void flush() throws SQLException {
        if (batched > 0) {
            statement.executeBatch();
            uncommitted += batched;
            batched = 0;
        }
        if (commitEvery > 0 && uncommitted >= commitEvery) {
            connection.commit();
            uncommitted = 0;
        }
    }

    private void closeStatement() throws SQLException {
        if (statement != null) {
            flush();
            statement.close();
            statement = null;
        }
    }

    @Override
    public void close() {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            LOG.debug("Closing a batch statement failed", e);
        }
    }
}
