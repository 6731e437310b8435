package lab.spectra.server.auth.login;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;

/**
 * Finds the one account behind an e-mail address before its organization is known: on
 * PostgreSQL as the login role, the only one allowed to call the narrow function
 * {@code spectra_find_login}, which reveals that account and nothing else.
 */
public final class AccountLookup {

    /** What sign-in needs to know of an account; the hash never leaves the server. */
    public record Account(UUID userId, UUID organizationId, String passwordHash, boolean active, boolean deleted) {}

    private final Database database;

    public AccountLookup(Database database) {
        this.database = database;
    }

    public Optional<Account> byEmail(String email) {
        return database.asLoginRole(connection -> {
            String sql = database.dialect() == SqlDialect.POSTGRESQL
                    ? "SELECT user_id, organization_id, password_hash, active, deleted FROM spectra_find_login(?)"
                    : "SELECT id, organization_id, password_hash, active, deleted_at IS NOT NULL FROM users"
                            + " WHERE lower(email) = lower(?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, email);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Account>empty();
                    }
                    return Optional.of(new Account(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getString(3),
                            row.getBoolean(4),
                            row.getBoolean(5)));
                }
            }
        });
    }
}
