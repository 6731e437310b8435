package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.testing.EventStream;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** On H2 (one PC, no LISTEN/NOTIFY) the server's own commits feed its streams in-process. */
class AnEmbeddedServerAnnouncesItsOwnCommitsTest {

    @Test
    void aSampleMadeOnAnH2ServerIsAnnouncedOnItsStream() throws Exception {
        Path data = Files.createTempDirectory("spectra-live-h2-");
        ServerConfig config = ServerConfigLoader.load(
                Map.of("SPECTRA_DATA_DIR", data.toString(), "SPECTRA_DEMO_DATA", "true", "SPECTRA_PORT", "0"));
        assertThat(config.database().dialect()).isEqualTo(SqlDialect.H2);

        try (SyncServer server = SyncServer.start(config)) {
            Http http = new Http(server.baseUri());
            String tech = signIn(http, "tech@demo.lab", "tech123");
            String engineer = signIn(http, "engineer@demo.lab", "eng123");
            long before = http.get("/sync/pull?after=0&limit=5000", tech)
                    .body()
                    .get("next_checkpoint")
                    .asLong();

            try (EventStream stream = EventStream.withToken(server.baseUri(), tech)) {
                assertThat(stream.status()).isEqualTo(200);
                Http.Response created =
                        http.post("/api/lims/samples", engineer, Map.of("name", "Embedded", "barcode", "EMB-LIVE-1"));
                assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

                assertThat(stream.nextChange(Duration.ofSeconds(10))).isGreaterThan(before);
            }
        }
    }

    private static String signIn(Http http, String email, String password) {
        Http.Response login = http.post("/auth/login", null, Map.of("username", email, "password", password));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        return login.body().get("access_token").asText();
    }
}
