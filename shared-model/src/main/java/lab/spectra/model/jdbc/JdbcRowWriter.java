package lab.spectra.model.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.protocol.Table;

/** Writes a command's row changes in the caller's transaction. */
public final class JdbcRowWriter {

    private final SqlDialect dialect;
    private final ObjectMapper mapper;

    public JdbcRowWriter(SqlDialect dialect, ObjectMapper mapper) {
        this.dialect = dialect;
        this.mapper = mapper;
    }

    public void write(Connection connection, List<RowChange> changes) {
        for (RowChange change : changes) {
            if (change instanceof RowChange.Inserted inserted) {
                insert(connection, inserted.row());
            } else {
                RowChange.Updated updated = (RowChange.Updated) change;
                update(connection, updated.before(), updated.after());
            }
        }
    }

    public <T extends Row> void insert(Connection connection, T row) {
        RowMapping<T> mapping = RowMapping.of(row);
        try (PreparedStatement statement = connection.prepareStatement(mapping.insert(dialect))) {
            mapping.bindInsert(statement, row, mapper);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(
                    "Could not insert into " + mapping.table().tableName(), e);
        }
    }

    /**
     * Inserts new rows, one batched statement per run of rows of the same table, in the order given
     * (parents before children): how the server writes the rows a pushed transaction's commands
     * created once, rather than one round trip each.
     */
    public void insertAll(Connection connection, List<? extends Row> rows) {
        int start = 0;
        while (start < rows.size()) {
            Table table = Table.of(rows.get(start));
            int end = start;
            while (end < rows.size() && Table.of(rows.get(end)) == table) {
                end++;
            }
            insertBatch(connection, rows.subList(start, end));
            start = end;
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Row> void insertBatch(Connection connection, List<? extends Row> rows) {
        RowMapping<T> mapping = RowMapping.of((T) rows.get(0));
        try (PreparedStatement statement = connection.prepareStatement(mapping.insert(dialect))) {
            for (Row row : rows) {
                mapping.bindInsert(statement, (T) row, mapper);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(
                    "Could not insert into " + mapping.table().tableName(), e);
        }
    }

    /**
     * Inserts the row, or overwrites it whatever version is stored (for rows that come from the
     * server). An update in place, so rows that refer to it keep their reference.
     */
    public <T extends Row> void upsert(Connection connection, T row) {
        RowMapping<T> mapping = RowMapping.of(row);
        try (PreparedStatement replace = connection.prepareStatement(mapping.replace(dialect))) {
            mapping.bindReplace(replace, row, mapper);
            if (replace.executeUpdate() == 1) {
                return;
            }
        } catch (SQLException e) {
            throw new DataAccessException(
                    "Could not replace a row of " + mapping.table().tableName(), e);
        }
        insert(connection, row);
    }

    /**
     * {@link #upsert} for many rows, one batched statement per table: how a bench stores a page of
     * the server's rows. Rows go in the order given (parents before children).
     */
    public void upsertAll(Connection connection, List<? extends Row> rows) {
        int start = 0;
        while (start < rows.size()) {
            Table table = Table.of(rows.get(start));
            int end = start;
            while (end < rows.size() && Table.of(rows.get(end)) == table) {
                end++;
            }
            upsertBatch(connection, rows.subList(start, end));
            start = end;
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Row> void upsertBatch(Connection connection, List<? extends Row> rows) {
        RowMapping<T> mapping = RowMapping.of((T) rows.get(0));
        try (PreparedStatement statement = connection.prepareStatement(mapping.insertOrReplace(dialect))) {
            for (Row row : rows) {
                mapping.bindInsert(statement, (T) row, mapper);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(
                    "Could not store rows of " + mapping.table().tableName(), e);
        }
    }

    /** Removes a row outright: for rows the server says are gone, and for undoing a local insert. */
    public void delete(Connection connection, Table table, UUID id) {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM " + table.tableName() + " WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Could not remove a row of " + table.tableName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Row> void update(Connection connection, Row before, Row after) {
        RowMapping<T> mapping = RowMapping.of((T) before);
        try (PreparedStatement statement = connection.prepareStatement(mapping.update(dialect))) {
            mapping.bindUpdate(statement, (T) before, (T) after, mapper);
            if (statement.executeUpdate() != 1) {
                throw new StaleRowException(mapping.table().tableName(), before.id(), before.rowVersion());
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not update " + mapping.table().tableName(), e);
        }
    }
}
