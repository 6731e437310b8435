package lab.spectra.server.auth.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;

/**
 * Refresh tokens in the {@code refresh_tokens} table. The table is under row-level security like
 * every tenant table, so each operation first asks a narrow owner function - as the login role,
 * the only one allowed to - which tenant a token, family or user belongs to, then works inside
 * that tenant. Each call is its own transaction, as
 * the {@link RefreshTokenStore} contract requires.
 *
 * <p>A revoked family is an ended session: its access tokens are refused from then on. So every
 * revocation is announced to the other server instances in its own transaction, and recorded
 * with this instance's {@link SessionRevocations} once it has committed.
 */
public final class JdbcRefreshTokenStore implements RefreshTokenStore {

    private static final String COLUMNS = "id, family_id, user_id, organization_id, secret_hash, issued_at, expires_at,"
            + " session_expires_at, used_at, revoked_at";

    private final Database database;
    private final SessionRevocations sessions;

    public JdbcRefreshTokenStore(Database database, SessionRevocations sessions) {
        this.database = database;
        this.sessions = sessions;
    }

    @Override
    public void save(StoredRefreshToken token) {
        database.inTenant(token.organizationId(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO refresh_tokens (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, token.tokenId());
                insert.setObject(2, token.familyId());
                insert.setObject(3, token.userId());
                insert.setObject(4, token.organizationId());
                insert.setString(5, token.secretHash());
                insert.setObject(6, time(token.issuedAt()));
                insert.setObject(7, time(token.expiresAt()));
                insert.setObject(8, time(token.sessionExpiresAt()));
                insert.setObject(9, time(token.usedAt()));
                insert.setObject(10, time(token.revokedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredRefreshToken> findById(UUID tokenId) {
        return tenantOf(
                        "spectra_refresh_token_tenant",
                        "SELECT organization_id FROM refresh_tokens WHERE id = ?",
                        tokenId)
                .flatMap(organization -> database.inTenant(organization, connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement("SELECT " + COLUMNS + " FROM refresh_tokens WHERE id = ?")) {
                        select.setObject(1, tokenId);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next() ? Optional.of(read(row)) : Optional.<StoredRefreshToken>empty();
                        }
                    }
                }));
    }

    @Override
    public boolean markUsed(UUID tokenId, Instant usedAt) {
        return tenantOf(
                        "spectra_refresh_token_tenant",
                        "SELECT organization_id FROM refresh_tokens WHERE id = ?",
                        tokenId)
                .map(organization -> database.inTenant(
                        organization,
                        connection -> update(
                                        connection,
                                        "UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL",
                                        usedAt,
                                        tokenId)
                                == 1))
                .orElse(false);
    }

    @Override
    public int revokeFamily(UUID familyId, Instant revokedAt) {
        Optional<UUID> tenant = tenantOf(
                "spectra_refresh_family_tenant",
                "SELECT organization_id FROM refresh_tokens WHERE family_id = ? LIMIT 1",
                familyId);
        if (tenant.isEmpty()) {
            return 0;
        }
        UUID organization = tenant.get();
        int revoked = database.inTenant(organization, connection -> {
            int changed = update(
                    connection,
                    "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    revokedAt,
                    familyId);
            if (changed > 0) {
                sessions.announce(connection, organization, List.of(familyId));
            }
            return changed;
        });
        // Also when another instance revoked it first: this one may not have heard yet.
        sessions.revokedHere(organization, List.of(familyId));
        return revoked;
    }

    @Override
    public int revokeAllForUser(UUID userId, Instant revokedAt) {
        Optional<UUID> tenant =
                tenantOf("spectra_user_tenant", "SELECT organization_id FROM users WHERE id = ?", userId);
        if (tenant.isEmpty()) {
            return 0;
        }
        UUID organization = tenant.get();
        Revoked revoked =
                database.inTenant(organization, connection -> revokeAllForUser(connection, userId, revokedAt));
        sessions.revokedHere(organization, revoked.sessions());
        return revoked.tokens();
    }

    /** What a revocation changed: how many tokens, and the sessions (families) it ended. */
    public record Revoked(int tokens, List<UUID> sessions) {}

    /**
     * Revokes every token of the user inside the caller's transaction (tenant set) and announces
     * the ended sessions to the other instances; the caller tells this instance's
     * {@link SessionRevocations#revokedHere} after its commit.
     */
    public Revoked revokeAllForUser(Connection connection, UUID userId, Instant revokedAt) throws SQLException {
        List<UUID> families = new ArrayList<>();
        UUID organization = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT family_id, organization_id"
                + " FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    families.add(rows.getObject(1, UUID.class));
                    organization = rows.getObject(2, UUID.class);
                }
            }
        }
        int changed = update(
                connection,
                "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                revokedAt,
                userId);
        if (organization != null) {
            sessions.announce(connection, organization, families);
        }
        return new Revoked(changed, List.copyOf(families));
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        return database.asLoginRole(connection -> {
            String sql = database.dialect() == SqlDialect.POSTGRESQL ? "SELECT spectra_purge_refresh_tokens(?)" : null;
            if (sql == null) {
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM refresh_tokens WHERE expires_at < ?")) {
                    delete.setObject(1, time(cutoff));
                    return delete.executeUpdate();
                }
            }
            try (PreparedStatement purge = connection.prepareStatement(sql)) {
                purge.setObject(1, time(cutoff));
                try (ResultSet result = purge.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        });
    }

    /**
     * Which tenant a token, family or user belongs to: a narrow owner function on PostgreSQL, which
     * only the login role may call.
     */
    private Optional<UUID> tenantOf(String function, String h2Query, UUID id) {
        return database.asLoginRole(connection -> {
            String sql = database.dialect() == SqlDialect.POSTGRESQL ? "SELECT " + function + "(?)" : h2Query;
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    private static int update(Connection connection, String sql, Instant at, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, time(at));
            update.setObject(2, id);
            return update.executeUpdate();
        }
    }

    private static StoredRefreshToken read(ResultSet row) throws SQLException {
        return new StoredRefreshToken(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                row.getObject(3, UUID.class),
                row.getObject(4, UUID.class),
                row.getString(5),
                instant(row, 6),
                instant(row, 7),
                instant(row, 8),
                instant(row, 9),
                instant(row, 10));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
