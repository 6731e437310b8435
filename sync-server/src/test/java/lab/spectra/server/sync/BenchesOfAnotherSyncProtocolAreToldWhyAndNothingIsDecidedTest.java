package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a lab whose server accepts sync protocol 2 and newer, announcing its bench release.
 * A bench of protocol 1 (or one naming none, from before versioning) is told to update (426), a
 * bench newer than the server is told to wait (409); neither push is read, so no command of it is
 * decided, and the same command sent by a bench of protocol 2 is applied afterwards.
 */
class BenchesOfAnotherSyncProtocolAreToldWhyAndNothingIsDecidedTest {

    private static final String PASSWORD = "protocol-test-password";
    private static TestServer lab;
    private static UserAccount engineer;
    private static String token;
    private final ObjectMapper mapper = DomainJson.newMapper();

    @BeforeAll
    static void start() {
        lab = TestServer.start(settings -> settings.benchReleases(new ServerConfig.BenchReleases(
                2, Optional.of("0.3.0"), Optional.of("https://lab.example/spectra/bench-0.3.0.deb"))));
        engineer = lab.account(lab.organization("protocols"), "eng@protocols.test", PASSWORD, Role.ENGINEER);
        token = lab.http
                .post("/auth/login", null, Map.of("username", engineer.email(), "password", PASSWORD))
                .body()
                .get("access_token")
                .asText();
    }

    @AfterAll
    static void stop() {
        lab.server.close();
        lab.postgres.close();
    }

    @Test
    void aBenchTooOldIsToldToUpdateAndABenchTooNewToWaitBeforeAnythingIsDecided() throws Exception {
        CreateSample create = new CreateSample(
                new CommandMeta(Ids.newId(), engineer.id(), Ids.newId(), Instant.now()),
                Ids.newId(),
                "Sample of a bench a release apart",
                "PROTO-1",
                null,
                "Shelf 1",
                null);
        String body = mapper.writeValueAsString(new PushRequest(List.of(create)));

        Http.Response unversioned = lab.http.send("POST", "/sync/push", token, body, Map.of());
        Http.Response older = push(body, "1");
        Http.Response newer = push(body, Integer.toString(SyncProtocol.CURRENT + 1));
        Http.Response garbled = push(body, "two");

        assertThat(unversioned.status()).isEqualTo(426);
        assertThat(unversioned.body().get("code").asText()).isEqualTo(SyncProtocol.BENCH_TOO_OLD);
        assertThat(older.status()).isEqualTo(426);
        assertThat(older.body().get("message").asText())
                .contains("accepts 2 and newer", "install the lab's current SPECTRA-Lab", "kept");
        assertThat(newer.status()).isEqualTo(409);
        assertThat(newer.body().get("code").asText()).isEqualTo(SyncProtocol.SERVER_TOO_OLD);
        assertThat(newer.body().get("message").asText())
                .contains("up to " + SyncProtocol.CURRENT, "kept and sent once the server is updated");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(decisions(create.meta().commandId()))
                .as("answers kept for the command")
                .isZero();

        Http.Response current = push(body, Integer.toString(SyncProtocol.CURRENT));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body().get("results").get(0).get("status").asText()).isEqualTo("applied");
        assertThat(decisions(create.meta().commandId())).isEqualTo(1);
    }

    @Test
    void everyAnswerNamesTheProtocolsTheServerAccepts() {
        assertThat(lab.http.get("/health", null).raw().headers().firstValue(SyncProtocol.SERVER_HEADER))
                .contains("2-" + SyncProtocol.CURRENT);
        assertThat(push("{}", "1").raw().headers().firstValue(SyncProtocol.SERVER_HEADER))
                .contains("2-" + SyncProtocol.CURRENT);
    }

    @Test
    void theReleaseNoticeIsOpenToABenchTooOldToSync() {
        Http.Response notice = lab.http.get("/bench/releases", null);

        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.body().get("oldest_sync_protocol").asInt()).isEqualTo(2);
        assertThat(notice.body().get("newest_sync_protocol").asInt()).isEqualTo(SyncProtocol.CURRENT);
        assertThat(notice.body().get("latest_bench_version").asText()).isEqualTo("0.3.0");
        assertThat(notice.body().get("installer_url").asText())
                .isEqualTo("https://lab.example/spectra/bench-0.3.0.deb");
    }

    private Http.Response push(String body, String protocol) {
        return lab.http.send("POST", "/sync/push", token, body, Map.of(SyncProtocol.BENCH_HEADER, protocol));
    }

    private static long decisions(UUID commandId) throws Exception {
        try (Connection connection = lab.postgres.ownerConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM processed_commands WHERE command_id = ?")) {
            select.setObject(1, commandId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
