package lab.spectra.server.db;

import java.sql.Statement;

/** Whether the database answers, for the load balancer's health check. */
public final class DatabaseHealth {

    private final Database database;

    public DatabaseHealth(Database database) {
        this.database = database;
    }

    /** True when a trivial query completes now; any failure to connect or run it is a no. */
    public boolean answers() {
        try {
            database.withoutTenant(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
