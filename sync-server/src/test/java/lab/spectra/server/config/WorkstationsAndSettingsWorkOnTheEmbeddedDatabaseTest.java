package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server (H2, as a single-PC lab runs it) records benches, revokes them and keeps the
 * organization's settings as PostgreSQL does.
 */
class WorkstationsAndSettingsWorkOnTheEmbeddedDatabaseTest {

    private static SyncServer server;
    private static Http http;

    @BeforeAll
    static void embeddedServer() throws Exception {
        server = SyncServer.start(ServerConfigLoader.load(Map.of(
                "SPECTRA_DATA_DIR",
                Files.createTempDirectory("spectra-dev-").toString(),
                "SPECTRA_DEMO_DATA",
                "true",
                "SPECTRA_PORT",
                "0")));
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String token(String email, String password) {
        return http.post("/auth/login", null, Map.of("username", email, "password", password))
                .body()
                .get("access_token")
                .asText();
    }

    private static Http.Response pull(String token, UUID bench, String name) {
        return http.send(
                "GET",
                "/sync/pull",
                token,
                null,
                Map.of("X-Workstation-Id", bench.toString(), "X-Workstation-Name", name));
    }

    @Test
    void aBenchMetTwiceIsListedOnceUnderItsLatestNameAndCanBeRevoked() {
        String tech = token("tech@demo.lab", "tech123");
        String admin = token("admin@demo.lab", "admin123");
        UUID bench = Ids.newId();
        pull(tech, bench, "old name");
        pull(tech, bench, "XRD bench");

        JsonNode listed = http.get("/api/admin/workstations", admin).body().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("XRD bench");
        assertThat(listed.get(0).get("people").get(0).get("display_name").asText())
                .isEqualTo("Tess Technician");

        assertThat(http.post(
                                "/api/admin/workstations/" + bench + "/revoke",
                                admin,
                                Map.of("reason", "sold with the old PCs"))
                        .status())
                .isEqualTo(200);
        assertThat(pull(tech, bench, "XRD bench").code()).isEqualTo("workstation_revoked");
    }

    @Test
    void settingsAreKeptOnTheEmbeddedDatabase() {
        String admin = token("admin@test.org", "admin123");
        Map<String, Integer> settings = Map.of(
                "offline_grace_days", 3,
                "offline_window_days", 5,
                "calibration_warning_days", 10,
                "qualification_warning_days", 20,
                "attachment_limit_mb", 25,
                "password_min_length", 14);

        assertThat(http.put("/api/admin/settings", admin, settings).status()).isEqualTo(200);

        JsonNode read = http.get("/api/admin/settings", admin).body();
        assertThat(read.get("attachment_limit_mb").asInt()).isEqualTo(25);
        assertThat(read.get("password_min_length").asInt()).isEqualTo(14);
    }
}
