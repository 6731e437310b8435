package lab.spectra.server.db;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * In production the server refuses to run as a role that row-level security does not bind:
 * a superuser, a role with BYPASSRLS, or the owner of the tables.
 */
public final class DatabaseRoleCheck {

    private DatabaseRoleCheck() {}

    /** Returns the problems found with the connected role; empty when the role is safe. */
    public static List<String> problems(Database database) {
        return database.withoutTenant(connection -> {
            List<String> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet role = statement.executeQuery(
                            "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                if (role.next()) {
                    String name = role.getString(1);
                    if (role.getBoolean(2)) {
                        problems.add("database role " + name + " is a superuser");
                    }
                    if (role.getBoolean(3)) {
                        problems.add("database role " + name + " has BYPASSRLS");
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet owned = statement.executeQuery(
                            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")) {
                owned.next();
                if (owned.getLong(1) > 0) {
                    problems.add(
                            "database role owns " + owned.getLong(1) + " tables; use a separate owner for migrations");
                }
            }
            return problems;
        });
    }
}
