package lab.spectra.server.auth.login;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The password columns of an account, which stay in the server's database and never travel to a
 * bench: the hash, and whether the password is temporary (set by an admin, so known to them) and
 * must be replaced before its owner gets a session. Called inside the caller's tenant transaction.
 */
public final class StoredPasswords {

    private StoredPasswords() {}

    /** @param temporary true for a password an admin set; false for one the person chose */
    public static void set(Connection connection, UUID userId, String hash, boolean temporary) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE users SET password_hash = ?, password_change_required = ? WHERE id = ?")) {
            update.setString(1, hash);
            update.setBoolean(2, temporary);
            update.setObject(3, userId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No account " + userId + " to set the password of");
            }
        }
    }

    public static boolean isTemporary(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT password_change_required FROM users WHERE id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
