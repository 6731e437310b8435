package lab.spectra.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2 (development mode, single-PC labs) the audit log gets the guard PostgreSQL gives it with
 * a trigger: no entry is ever updated or deleted, by anyone connected through the server.
 * Installed by the H2 migration {@code V2_2_3}; H2 loads it by name.
 */
public final class AuditLogIsAppendOnly implements Trigger {

    private String operation = "this change";

    @Override
    public void init(
            Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // SQLSTATE 42501 (insufficient privilege), as PostgreSQL's guard answers.
        throw new SQLException("audit_log is append-only; " + operation + " is not allowed", "42501");
    }
}
