package lab.spectra.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;

/**
 * What pending commands did to the local rows, kept so it can be taken back: the rows they
 * inserted are removed, the rows they changed get their earlier version back. Undoing every
 * pending command leaves exactly the rows the server last sent.
 */
final class LocalEffects {

    private final ObjectMapper mapper;
    private final RowCodec codec;
    private final JdbcRowWriter writer;

    LocalEffects(ObjectMapper mapper, JdbcRowWriter writer) {
        this.mapper = mapper;
        this.codec = new RowCodec(mapper);
        this.writer = writer;
    }

    void record(Connection connection, UUID commandId, List<RowChange> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_effects (command_id, ordinal, table_name, row_id, before_row) VALUES (?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (RowChange change : changes) {
                insert.setObject(1, commandId);
                insert.setInt(2, ordinal++);
                insert.setString(3, Table.of(change.after()).tableName());
                insert.setObject(4, change.after().id());
                insert.setString(5, change instanceof RowChange.Updated updated ? json(updated.before()) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A row some pending command's local effect inserted or changed. */
    record Touched(String table, UUID rowId) {}

    /** The rows each pending command's local effect touched, by command id. */
    Map<UUID, Set<Touched>> touchedByCommand(Connection connection) throws SQLException {
        Map<UUID, Set<Touched>> touched = new HashMap<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT command_id, table_name, row_id FROM outbox_effects");
                ResultSet effects = select.executeQuery()) {
            while (effects.next()) {
                touched.computeIfAbsent(effects.getObject(1, UUID.class), id -> new HashSet<>())
                        .add(new Touched(effects.getString(2), effects.getObject(3, UUID.class)));
            }
        }
        return touched;
    }

    /** Takes back every pending command's effect, newest first, and forgets the effects. */
    void undoAll(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT e.table_name, e.row_id, e.before_row FROM outbox_effects e"
                                + " JOIN outbox o ON o.command_id = e.command_id ORDER BY o.seq DESC, e.ordinal DESC");
                ResultSet effects = select.executeQuery()) {
            while (effects.next()) {
                Table table = Table.byName(effects.getString(1)).orElseThrow();
                String before = effects.getString(3);
                if (before == null) {
                    writer.delete(connection, table, effects.getObject(2, UUID.class));
                } else {
                    writer.upsert(connection, codec.decode(table.tableName(), readTree(before)));
                }
            }
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM outbox_effects")) {
            clear.executeUpdate();
        }
    }

    private String json(Row row) {
        try {
            return mapper.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A row could not be written as JSON", e);
        }
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded row is unreadable", e);
        }
    }
}
