package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import lab.spectra.server.SyncServer;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production refuses an application role that could leave row-level security behind by
 * {@code SET ROLE} (issue 11): a member of the owner role or of any role with BYPASSRLS. It also
 * refuses to serve when the application role may call the login role's look-ups, or is the login
 * role. The refused roles come from {@code .ci/setup-postgres.sh}.
 */
class TheStartUpRoleCheckRefusesRolesThatCanEscapeTenancyTest {

    private static final String PASSWORD = "app-secret";

    private static PostgresTestDatabase postgres;
    private static ProductionSetup production;

    @BeforeAll
    static void database() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
    }

    @AfterAll
    static void dropDatabase() {
        postgres.close();
    }

    private static DatabaseSettings servingAs(String appRole) {
        return postgres.settings()
                .withApp(new DatabaseSettings.Credentials(appRole, PASSWORD))
                .withoutOwner();
    }

    @Test
    void aMemberOfTheOwnerRoleIsRefused() {
        assertThatThrownBy(() -> SyncServer.start(production.config(servingAs("spectra_test_owner_member")))
                        .close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("member of spectra_owner");
    }

    @Test
    void aMemberOfARoleWithBypassRlsIsRefused() {
        assertThatThrownBy(() -> SyncServer.start(production.config(servingAs("spectra_test_bypass_member")))
                        .close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("member of spectra_test_bypasser, which has BYPASSRLS");
    }

    @Test
    void theLoginRoleMustBeARoleOfItsOwn() {
        DatabaseSettings settings = postgres.settings();
        DatabaseSettings loginIsApp =
                new DatabaseSettings(settings.url(), settings.app(), settings.app(), Optional.empty());
        assertThatThrownBy(() -> SyncServer.start(production.config(loginIsApp)).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("the login role is the application role");
    }

    @Test
    void anApplicationRoleThatMayCallTheSignInLookUpsIsRefused() {
        try (PostgresTestDatabase misgranted = PostgresTestDatabase.createEmpty()) {
            DatabaseSettings proper = misgranted.settings();
            // Migrated as if no login role had been configured: the look-ups granted to the app role.
            Migrations.migrate(new DatabaseSettings(proper.url(), proper.app(), proper.app(), proper.owner()));
            assertThatThrownBy(() -> SyncServer.start(new ProductionSetup(misgranted).config(proper.withoutOwner()))
                            .close())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("the application role may call spectra_find_login(varchar)");
        }
    }
}
