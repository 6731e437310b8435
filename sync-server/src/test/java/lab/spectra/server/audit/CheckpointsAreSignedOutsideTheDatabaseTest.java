package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.auth.Role;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server signs a checkpoint of each organization's audit trail periodically (issue 11) and
 * writes it outside PostgreSQL, signed with its record key as published; benches fetch the newest,
 * from any server instance on the same database.
 */
class CheckpointsAreSignedOutsideTheDatabaseTest {

    private static final String PASSWORD = "checkpoint-password";

    private PostgresTestDatabase postgres;
    private SyncServer server;
    private Http http;
    private Path checkpoints;
    private UUID organization;
    private String token;

    @BeforeEach
    void aServerThatCheckpointsOftenAndAChangeOverHttp() throws Exception {
        postgres = PostgresTestDatabase.createMigrated();
        ServerConfig config = DemoServer.config(postgres, false);
        checkpoints = config.dataDirectory().resolve("checkpoints");
        server = SyncServer.start(config.toBuilder()
                .audit(new ServerConfig.Audit(checkpoints, Duration.ofMillis(200)))
                .build());
        http = new Http(server.baseUri());
        var parts = server.parts();
        organization = parts.provisioning()
                .createOrganization("anchored", "Anchored lab", null)
                .id();
        parts.provisioning()
                .createUser(
                        organization,
                        "engineer@anchored.test",
                        "Engineer",
                        Role.ENGINEER,
                        parts.passwordHasher().hash(PASSWORD.toCharArray()),
                        null);
        token = http.post("/auth/login", null, Map.of("username", "engineer@anchored.test", "password", PASSWORD))
                .body()
                .get("access_token")
                .asText();
        Http.Response created = http.post(
                "/api/lims/samples", token, Map.of("name", "Anchored sample", "barcode", "ANC-1", "location", "Shelf"));
        assertThat(created.status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        postgres.close();
    }

    private record Head(long sequence, String hash) {}

    private Head head() throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement("SELECT sequence, hash FROM audit_log"
                        + " WHERE organization_id = ? ORDER BY sequence DESC LIMIT 1")) {
            select.setObject(1, organization);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Head(row.getLong(1), row.getString(2));
            }
        }
    }

    private PublicKeys publishedKeys() throws ParseException {
        return PublicKeys.of(
                JWKSet.parse(http.get("/.well-known/jwks.json", null).body().toString()));
    }

    /** The newest checkpoint file of the organization, once the checkpointer has written one of the head. */
    private Optional<AuditCheckpoint> newestFile(PublicKeys keys, long sequence) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> statements = CheckpointDirectory.statementsUnder(checkpoints.resolve(organization.toString()));
            Optional<AuditCheckpoint> newest = statements.stream()
                    .map(statement -> AuditCheckpoint.verify(statement, keys).orElseThrow())
                    .filter(checkpoint -> checkpoint.sequence() == sequence)
                    .findFirst();
            if (newest.isPresent()) {
                return newest;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    @Test
    void theHeadOfTheTrailIsSignedIntoTheCheckpointDirectory() throws Exception {
        Head head = head();
        Optional<AuditCheckpoint> checkpoint = newestFile(publishedKeys(), head.sequence());
        assertThat(checkpoint).isPresent();
        assertThat(checkpoint.get().organizationId()).isEqualTo(organization);
        assertThat(checkpoint.get().headHash()).isEqualTo(head.hash());
        try (Stream<Path> files = Files.list(checkpoints.resolve(organization.toString()))) {
            assertThat(files).allSatisfy(file -> assertThat(file.getFileName().toString())
                    .endsWith(".jws"));
        }
    }

    @Test
    void aBenchFetchesTheNewestCheckpointFromAnyServerInstance() throws Exception {
        Head head = head();
        AuditCheckpoint signed = newestFile(publishedKeys(), head.sequence()).orElseThrow();

        ServerConfig second = DemoServer.config(postgres, false);
        try (SyncServer other = SyncServer.start(second)) {
            Http otherHttp = new Http(other.baseUri());
            // The database's copy is stored just after the file is written.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Http.Response fetched = otherHttp.get("/sync/audit-checkpoint", token);
            while (!fetched.body().hasNonNull("checkpoint") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                fetched = otherHttp.get("/sync/audit-checkpoint", token);
            }
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.body().get("checkpoint").asText()).isEqualTo(signed.compact());
        }
    }
}
