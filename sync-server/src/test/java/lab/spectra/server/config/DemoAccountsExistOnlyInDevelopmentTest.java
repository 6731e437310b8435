package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo accounts have published passwords (and are exempt from the password policy), so they
 * exist in development mode only: production will not load them, and will not serve a database in
 * which one of them can still sign in.
 */
class DemoAccountsExistOnlyInDevelopmentTest {

    @Test
    void productionRefusesToLoadTheDemoData() {
        Map<String, String> environment = ProductionEnvironment.minimal();
        environment.put("DATABASE_OWNER_USER", "spectra_owner");
        environment.put("DATABASE_OWNER_PASSWORD", "owner-secret");
        environment.put("SPECTRA_DEMO_DATA", "true");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("development mode only");
    }

    @Test
    void productionRefusesADatabaseWhereADemoAccountCanSignIn() throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated()) {
            SyncServer.start(DemoServer.config(postgres, true)).close();
            ServerConfig production = ServerConfig.builder(
                            Mode.PROD, postgres.settings().withoutOwner(), Files.createTempDirectory("spectra-prod-"))
                    .listener(new ServerConfig.Listener("127.0.0.1", 0, 65536))
                    .tokens(new ServerConfig.Tokens(
                            "spectra-test",
                            "spectra-lab",
                            SigningAlgorithm.ES256,
                            "",
                            Files.createTempDirectory("spectra-keys-").resolve("keys.json"),
                            Duration.ofMinutes(15),
                            Duration.ofDays(14)))
                    .build();

            assertThatThrownBy(() -> SyncServer.start(production).close())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("admin@demo.lab")
                    .hasMessageContaining("deactivate-user");
        }
    }

    @Test
    void developmentLoadsThemAsBefore() {
        assertThat(ServerConfigLoader.load(Map.of("SPECTRA_MODE", "dev", "SPECTRA_DEMO_DATA", "true"))
                        .loadDemoData())
                .isTrue();
    }
}
