package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Development mode with nothing configured but a data directory: H2 in that directory, migrated,
 * demo labs loaded, a generated signing secret, and the demo accounts can sign in.
 */
class DevModeStartsWithOneCommandTest {

    @Test
    void devModeOnH2BootsMigratesLoadsTheDemoAndServesLogin() throws Exception {
        Path data = Files.createTempDirectory("spectra-dev-");
        ServerConfig config = ServerConfigLoader.load(
                Map.of("SPECTRA_DATA_DIR", data.toString(), "SPECTRA_DEMO_DATA", "true", "SPECTRA_PORT", "0"));

        try (SyncServer server = SyncServer.start(config)) {
            Http http = new Http(server.baseUri());
            Http.Response login =
                    http.post("/auth/login", null, Map.of("username", "tech@demo.lab", "password", "tech123"));
            assertThat(login.status()).isEqualTo(200);
            String token = login.body().get("access_token").asText();

            assertThat(http.get("/health/db", null).status()).isEqualTo(200);
            assertThat(http.get("/api/lims/samples", token).body().get("items")).hasSize(10);
            Http.Response status = http.get("/api/analysis/calibrations/status", token);
            assertThat(status.body().toString()).contains("\"instrument_name\":\"XRD-01\"", "\"status\":\"expired\"");
        }
        assertThat(config.mode()).isEqualTo(Mode.DEV);
        assertThat(config.database().url()).startsWith("jdbc:h2:file:" + data.toAbsolutePath());
        assertThat(data.resolve("server").resolve("jwt-secret")).exists();
    }

    @Test
    void aSecondStartKeepsTheDataAndTheSecret() throws Exception {
        Path data = Files.createTempDirectory("spectra-dev-");
        Map<String, String> environment =
                Map.of("SPECTRA_DATA_DIR", data.toString(), "SPECTRA_DEMO_DATA", "true", "SPECTRA_PORT", "0");
        try (SyncServer first = SyncServer.start(ServerConfigLoader.load(environment))) {
            assertThat(first.port()).isPositive();
        }
        String secret = Files.readString(data.resolve("server").resolve("jwt-secret"));
        try (SyncServer second = SyncServer.start(ServerConfigLoader.load(environment))) {
            Http http = new Http(second.baseUri());
            String token = http.post("/auth/login", null, Map.of("username", "admin@demo.lab", "password", "admin123"))
                    .body()
                    .get("access_token")
                    .asText();
            assertThat(http.get("/api/lims/samples", token).body().get("items")).hasSize(10);
        }
        assertThat(Files.readString(data.resolve("server").resolve("jwt-secret")))
                .isEqualTo(secret);
    }
}
