package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.RowStreams;
import lab.spectra.model.protocol.SnapshotEnd;
import lab.spectra.model.protocol.SnapshotStart;
import lab.spectra.model.protocol.StreamedPullEnd;
import lab.spectra.model.protocol.Table;

/**
 * Stores a streamed pull page in the caller's transaction, checkpoint included, as the stream
 * arrives (ADR 0032); an initial load likewise, but committed a part at a time while marked
 * unfinished (ADR 0032, revised). The checkpoint is written only after the stream's
 * last line said how many lines it had and that many came: a stream cut anywhere throws, and the
 * caller's transaction then keeps neither the rows nor the checkpoint.
 */
final class StreamedPulls {

    /** What a page or a load stored: rows written or removed, and what the server said besides. */
    record Stored(long rows, boolean hasMore, String timeReceipt) {}

    private final ObjectMapper mapper;
    private final JdbcRowWriter writer;
    private final PulledRowWriter jsonPages;
    private final RowStreamReader reader;

    StreamedPulls(ObjectMapper mapper, JdbcRowWriter writer, PulledRowWriter jsonPages) {
        this.mapper = mapper;
        this.writer = writer;
        this.jsonPages = jsonPages;
        this.reader = new RowStreamReader(mapper);
    }

    /** A pull page; from a server of an earlier release, its JSON form. */
    Stored page(Connection connection, UUID organizationId, String mediaType, InputStream body) throws IOException {
        if (!RowStreams.MEDIA_TYPE.equals(mediaType)) {
            PullResponse page = mapper.readValue(body, PullResponse.class);
            int rows = jsonPages.applyChanges(connection, organizationId, page.changes());
            checkpoint(connection, page.nextCheckpoint());
            return new Stored(rows, page.hasMore(), page.timeReceipt());
        }
        try (BatchedRowWriter rows = newWriter(connection, organizationId)) {
            Counted<StreamedPullEnd> lines = new Counted<>(StreamedPullEnd.class, rows);
            reader.read(body, lines);
            StreamedPullEnd end = lines.last();
            if (end == null || end.changes() != lines.rows) {
                throw new IOException("The pull page was cut short");
            }
            long written = rows.finish();
            checkpoint(connection, end.nextCheckpoint());
            return new Stored(written, end.hasMore(), end.timeReceipt());
        }
    }

    /**
     * Every synced row of the organization, then the checkpoint they are exact at. The tables are
     * emptied and marked first ({@link InitialLoadMark}), and what arrives is committed every
     * {@code commitEvery} rows; the checkpoint and the mark's end go with the last rows, in the
     * caller's transaction. A stream cut anywhere throws, leaving the mark for the caller to clean up.
     */
    Stored initialLoad(Connection connection, UUID organizationId, InputStream body, long commitEvery)
            throws IOException {
        try {
            InitialLoadMark.begin(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new DataAccessException("Could not prepare the bench for its initial load", e);
        }
        try (BatchedRowWriter rows = new BatchedRowWriter(
                connection,
                organizationId,
                SqlDialect.H2,
                mapper,
                writer,
                BatchedRowWriter.Into.EMPTY_TABLES,
                commitEvery)) {
            Counted<SnapshotEnd> lines = new Counted<>(SnapshotEnd.class, rows);
            reader.read(body, lines);
            SnapshotEnd end = lines.last();
            if (lines.first == null || end == null || end.rows() != lines.rows) {
                throw new IOException("The initial load was cut short");
            }
            SnapshotStart start = mapper.treeToValue(lines.first, SnapshotStart.class);
            long written = rows.finish();
            checkpoint(connection, start.checkpoint());
            InitialLoadMark.finish(connection);
            return new Stored(written, true, start.timeReceipt());
        } catch (SQLException e) {
            throw new DataAccessException("Could not finish the initial load", e);
        }
    }

    private BatchedRowWriter newWriter(Connection connection, UUID organizationId) {
        return new BatchedRowWriter(connection, organizationId, SqlDialect.H2, mapper, writer);
    }

    private static void checkpoint(Connection connection, long checkpoint) {
        try {
            BenchState.checkpoint(connection, checkpoint);
        } catch (SQLException e) {
            throw new DataAccessException("Could not store the checkpoint", e);
        }
    }

    /** Counts a stream's rows into the writer, keeping its first and last lines that are not rows. */
    private final class Counted<E> implements RowStreamReader.Lines {
        private final Class<E> endType;
        private final BatchedRowWriter writer;
        private long rows;
        private ObjectNode first;
        private ObjectNode lastLine;

        Counted(Class<E> endType, BatchedRowWriter writer) {
            this.endType = endType;
            this.writer = writer;
        }

        @Override
        public void row(Row row) throws IOException {
            stillOpen();
            writer.row(row);
            rows++;
        }

        @Override
        public void tombstone(Table table, UUID id) throws IOException {
            stillOpen();
            writer.tombstone(table, id);
            rows++;
        }

        @Override
        public void other(ObjectNode line) {
            if (first == null && rows == 0) {
                first = line;
            }
            lastLine = line;
        }

        /** Rows after a stream's last line are not the server's: nothing of such a stream is kept. */
        private void stillOpen() throws IOException {
            if (lastLine != null && lastLine != first) {
                throw new IOException("The server sent rows after the end of its stream");
            }
        }

        E last() throws IOException {
            return lastLine == null || lastLine == first && endType == SnapshotEnd.class
                    ? null
                    : mapper.treeToValue(lastLine, endType);
        }
    }
}
