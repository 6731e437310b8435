package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.signing.RecordSigningKeys;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** Production mode will not start on settings that would make the server unsafe. */
class ProductionModeRefusesUnsafeSettingsTest {

    private static Map<String, String> production() {
        Map<String, String> environment = ProductionEnvironment.minimal();
        environment.put("DATABASE_OWNER_USER", "spectra_owner");
        environment.put("DATABASE_OWNER_PASSWORD", "owner-secret");
        return environment;
    }

    @Test
    void aWellKnownDefaultSecretIsRefused() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_JWT_ALG", "HS256");
        environment.put("SPECTRA_JWT_SECRET", "changeme");
        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("well-known default");
    }

    @Test
    void aShortSecretIsRefused() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_JWT_ALG", "HS256");
        environment.put("SPECTRA_JWT_SECRET", "only-twenty-chars-xx");
        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void theApplicationRoleMustNotBeTheOwner() {
        Map<String, String> environment = production();
        environment.put("DATABASE_APP_USER", "spectra_owner");
        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must not be the owner");
    }

    @Test
    void anH2DatabaseIsRefused() {
        Map<String, String> environment = production();
        environment.put("DATABASE_URL", "jdbc:h2:file:/tmp/x");
        assertThatThrownBy(() -> ServerConfigLoader.load(environment)).isInstanceOf(ConfigException.class);
    }

    @Test
    void productionDefaultsToEs256KeysAndAcceptsASafeConfiguration() {
        ServerConfig config = ServerConfigLoader.load(production());
        assertThat(config.mode()).isEqualTo(Mode.PROD);
        assertThat(config.tokens().algorithm()).isEqualTo(SigningAlgorithm.ES256);
        assertThat(config.loadDemoData()).isFalse();
    }

    @Test
    void theServerRefusesToRunAsARoleThatBypassesRowLevelSecurity() throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated()) {
            DatabaseSettings asOwner = postgres.settings()
                    .withApp(postgres.settings().owner().orElseThrow())
                    .withoutOwner();
            ServerConfig config = ServerConfig.builder(Mode.PROD, asOwner, Files.createTempDirectory("spectra-prod-"))
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
            assertThatThrownBy(() -> SyncServer.start(config).close())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("BYPASSRLS")
                    .hasMessageContaining("owns");
        }
    }

    @Test
    void theServerStartsAsTheProperApplicationRoleWithGeneratedKeys() throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated()) {
            Path keys = Files.createTempDirectory("spectra-keys-").resolve("keys.json");
            ServerConfig config = ServerConfig.builder(
                            Mode.PROD, postgres.settings().withoutOwner(), Files.createTempDirectory("spectra-prod-"))
                    .listener(new ServerConfig.Listener("127.0.0.1", 0, 65536))
                    .tokens(new ServerConfig.Tokens(
                            "spectra-test",
                            "spectra-lab",
                            SigningAlgorithm.ES256,
                            "",
                            keys,
                            Duration.ofMinutes(15),
                            Duration.ofDays(14)))
                    .build();
            try (SyncServer server = SyncServer.start(config)) {
                var jwks = new Http(server.baseUri()).get("/.well-known/jwks.json", null);
                // One token key and one record-signing key, both EC, told apart by their ids.
                assertThat(jwks.body().get("keys")).hasSize(2);
                assertThat(jwks.body().get("keys").findValuesAsText("kty")).containsOnly("EC");
                assertThat(jwks.body().get("keys").findValuesAsText("kid"))
                        .filteredOn(kid -> kid.startsWith(RecordSigningKeys.KEY_ID_PREFIX))
                        .hasSize(1);
            }
            assertThat(keys).exists();
        }
    }
}
