package lab.spectra.desktop.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.protocol.Table;

/**
 * Marks the bench's tables as holding part of an initial load while it is committed a part at a
 * time (ADR 0032, revised): a load cut anywhere, even by the PC switching off, leaves the mark, and
 * the bench then empties the synced tables before it shows or loads anything. The checkpoint is
 * written only with the load's last part, so the bench never keeps a checkpoint for rows it does
 * not hold, and never shows part of an organization as if it were all of it.
 */
final class InitialLoadMark {

    /** The synced tables, children first, so that emptying them never breaks a reference. */
    private static final List<Table> CHILDREN_FIRST = childrenFirst();

    private InitialLoadMark() {}

    /**
     * Empties the synced tables and sets the mark, to be committed before the load's first rows;
     * the tables are then known to be empty, so the load inserts without looking ids up. Whatever
     * they held (rows the push brought back) is in the snapshot the load brings, or was deleted.
     */
    static void begin(Connection connection) throws SQLException {
        emptySyncedTables(connection);
        mark(connection, true);
    }

    /** Clears the mark, in the transaction that stores the load's last rows and its checkpoint. */
    static void finish(Connection connection) throws SQLException {
        mark(connection, false);
    }

    /**
     * Empties what an unfinished load left, if it left anything; the next sync loads again.
     *
     * @return whether there was an unfinished load
     */
    static boolean cleanUp(Connection connection) throws SQLException {
        if (!isSet(connection)) {
            return false;
        }
        emptySyncedTables(connection);
        try (PreparedStatement reset =
                connection.prepareStatement("UPDATE sync_state SET checkpoint = 0 WHERE id = 1")) {
            reset.executeUpdate();
        }
        mark(connection, false);
        return true;
    }

    static boolean isSet(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT initial_load_unfinished FROM sync_state WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static void mark(Connection connection, boolean unfinished) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE sync_state SET initial_load_unfinished = ? WHERE id = 1")) {
            update.setBoolean(1, unfinished);
            update.executeUpdate();
        }
    }

    private static List<Table> childrenFirst() {
        List<Table> tables = new ArrayList<>();
        for (Table table : Table.values()) {
            if (table.sentToWorkstations()) {
                tables.add(0, table);
            }
        }
        return List.copyOf(tables);
    }

    private static void emptySyncedTables(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            for (Table table : CHILDREN_FIRST) {
                delete.executeUpdate("DELETE FROM " + table.tableName());
            }
        }
    }
}
