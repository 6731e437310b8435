package lab.spectra.server.auth.session;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The refresh-token contract, on PostgreSQL as the application role, under row-level security. */
class JdbcRefreshTokenStoreTest extends RefreshTokenStoreContract {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;
    private final Map<UUID, UUID> organizations = new HashMap<>();

    @BeforeAll
    static void database() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("tokens");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    @Override
    protected RefreshTokenStore newStore() {
        // An empty store: the table is shared by the test methods, so clear it as the owner.
        try (var owner = postgres.ownerConnection();
                var statement = owner.createStatement()) {
            statement.executeUpdate("DELETE FROM refresh_tokens");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JdbcRefreshTokenStore(
                lab.database,
                new SessionRevocations(lab.database, postgres.settings(), Duration.ofMinutes(15), lab.clock));
    }

    @Override
    protected UUID newUser() {
        UUID user = lab.provisioning
                .createUser(
                        org.id(),
                        "u" + UUID.randomUUID() + "@tokens.test",
                        "Token user",
                        Role.TECHNICIAN,
                        "unused",
                        null)
                .id();
        organizations.put(user, org.id());
        return user;
    }

    @Override
    protected UUID organizationOf(UUID userId) {
        return organizations.get(userId);
    }
}
