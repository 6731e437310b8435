package lab.spectra.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * In production the server refuses to run as a role that row-level security does not bind, or
 * that can become one: a superuser, a role with BYPASSRLS, the owner of the tables, or a member of
 * any of them (a member may {@code SET ROLE} to it), or of {@code pg_write_all_data} (which could
 * write the audit trail around its function). The application role must also be unable to call
 * the sign-in path's functions, which belong to the login role, and the login role gets the same
 * scrutiny.
 */
public final class DatabaseRoleCheck {

    /** The definer functions only the login role may call. */
    static final List<String> LOGIN_FUNCTIONS = List.of(
            "spectra_find_login(varchar)",
            "spectra_refresh_token_tenant(uuid)",
            "spectra_refresh_family_tenant(uuid)",
            "spectra_user_tenant(uuid)",
            "spectra_purge_refresh_tokens(timestamptz)",
            "spectra_purge_abandoned_uploads(timestamptz)");

    private DatabaseRoleCheck() {}

    /** Returns the problems found with the connected roles; empty when they are safe. */
    public static List<String> problems(Database database) {
        List<String> problems = new ArrayList<>(database.withoutTenant(connection -> {
            List<String> found = roleProblems(connection, "application");
            found.addAll(callableLoginFunctions(connection));
            return found;
        }));
        problems.addAll(database.asLoginRole(connection -> {
            List<String> found = new ArrayList<>();
            if (currentUser(connection).equals(database.withoutTenant(DatabaseRoleCheck::currentUser))) {
                found.add("the login role is the application role; give the sign-in look-ups a role of their own");
            } else {
                found.addAll(roleProblems(connection, "login"));
            }
            return found;
        }));
        return problems;
    }

    private static List<String> roleProblems(Connection connection, String purpose) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery(
                        "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
            if (role.next()) {
                String name = role.getString(1);
                if (role.getBoolean(2)) {
                    problems.add(purpose + " role " + name + " is a superuser");
                }
                if (role.getBoolean(3)) {
                    problems.add(purpose + " role " + name + " has BYPASSRLS");
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet owned = statement.executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")) {
            owned.next();
            if (owned.getLong(1) > 0) {
                problems.add(
                        purpose + " role owns " + owned.getLong(1) + " tables; use a separate owner for migrations");
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet memberships = statement.executeQuery("SELECT r.rolname, r.rolsuper, r.rolbypassrls,"
                        + " EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = r.rolname)"
                        + " FROM pg_roles r"
                        + " WHERE r.rolname <> current_user AND pg_has_role(current_user, r.oid, 'MEMBER')"
                        + " ORDER BY r.rolname")) {
            while (memberships.next()) {
                String granted = memberships.getString(1);
                List<String> powers = new ArrayList<>();
                if (memberships.getBoolean(2)) {
                    powers.add("is a superuser");
                }
                if (memberships.getBoolean(3)) {
                    powers.add("has BYPASSRLS");
                }
                if (memberships.getBoolean(4)) {
                    powers.add("owns the tables");
                }
                if (granted.equals("pg_write_all_data")) {
                    powers.add("may write every table");
                }
                if (!powers.isEmpty()) {
                    problems.add(
                            purpose + " role is a member of " + granted + ", which " + String.join(" and ", powers));
                }
            }
        }
        return problems;
    }

    private static List<String> callableLoginFunctions(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String function : LOGIN_FUNCTIONS) {
            // A function that does not exist (a schema not yet migrated) gives NULL, not an error.
            try (PreparedStatement check = connection.prepareStatement(
                    "SELECT coalesce(has_function_privilege(current_user, to_regprocedure(?)::oid, 'EXECUTE'), false)")) {
                check.setString(1, function);
                try (ResultSet result = check.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        problems.add("the application role may call " + function
                                + ", which only the login role may (migrate with DATABASE_LOGIN_USER set)");
                    }
                }
            }
        }
        return problems;
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet user = statement.executeQuery("SELECT current_user")) {
            user.next();
            return user.getString(1);
        }
    }
}
