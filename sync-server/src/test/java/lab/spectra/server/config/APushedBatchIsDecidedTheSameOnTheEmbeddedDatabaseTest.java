package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the embedded database (H2) too, a pushed batch of more than 64 commands is decided in
 * several transactions (ADR 0031) with every answer in order: a copy sent twice gets the first
 * answer and a command the rules refuse leaves the others applied.
 */
class APushedBatchIsDecidedTheSameOnTheEmbeddedDatabaseTest {

    private static final ObjectMapper MAPPER = DomainJson.newMapper();
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

    @Test
    void aLargeBatchWithADuplicateAndARefusalIsAnsweredInOrder() throws Exception {
        String token = http.post("/auth/login", null, Map.of("username", "engineer@demo.lab", "password", "eng123"))
                .body()
                .get("access_token")
                .asText();
        UUID me = UUID.fromString(http.get("/auth/me", token).body().get("id").asText());
        UUID bench = Ids.newId();
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            commands.add(new CreateSample(
                    new CommandMeta(Ids.newId(), me, bench, Instant.now()),
                    Ids.newId(),
                    "E" + i,
                    "E-" + i,
                    null,
                    null,
                    null));
        }
        CreateSample first = (CreateSample) commands.get(0);
        commands.add(70, first);
        commands.add(new CreateSample(
                new CommandMeta(Ids.newId(), me, bench, Instant.now()), Ids.newId(), "Same", "E-5", null, null, null));

        Http.Response answer = http.post("/sync/push", token, MAPPER.writeValueAsString(new PushRequest(commands)));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.body().get("results");
        assertThat(results).hasSize(82);
        for (int i = 0; i < 81; i++) {
            assertThat(results.get(i).get("status").asText()).as("answer %d", i).isEqualTo("applied");
            assertThat(results.get(i).get("command_id").asText())
                    .isEqualTo(commands.get(i).meta().commandId().toString());
        }
        assertThat(results.get(70)).isEqualTo(results.get(0));
        assertThat(results.get(81).get("status").asText()).isEqualTo("rejected");
    }
}
