package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Production mode refuses to start with the demo labs (issue 11): their passwords are public, and
 * {@code SPECTRA_MODE=prod serve --demo} used to start with them and print them. Nothing of the
 * demo is left behind by the refused start.
 */
class ProductionNeverLoadsTheDemoLabsTest {

    private PostgresTestDatabase postgres;
    private ProductionSetup production;

    @BeforeEach
    void database() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
    }

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    @Test
    void aProductionServerIsNotStartedWithTheDemoLabs() {
        ServerConfig config = production.config(postgres.settings().withoutOwner());
        assertThatThrownBy(() -> SyncServer.start(config.withDemoData(true)).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("never loads the demo labs");

        try (SyncServer server = SyncServer.start(config)) {
            Http.Response demoLogin = new Http(server.baseUri())
                    .post("/auth/login", null, Map.of("username", "admin@demo.lab", "password", "admin123"));
            assertThat(demoLogin.status()).isEqualTo(401);
        }
    }

    @Test
    void serveDashDashDemoInProductionEndsWithAConfigurationProblem() {
        ProductionSetup.Run run = ProductionSetup.command(production.environment(false), "serve", "--demo");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("never loads the demo labs");
        assertThat(run.out()).doesNotContain("admin123");
    }

    @Test
    void theDemoSettingIsRefusedInProduction() {
        Map<String, String> environment = production.environment(false);
        environment.put("SPECTRA_DEMO_DATA", "true");
        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("never loads the demo labs");
    }
}
