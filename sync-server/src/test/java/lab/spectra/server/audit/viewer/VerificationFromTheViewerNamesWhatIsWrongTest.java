package lab.spectra.server.audit.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Check integrity" runs the server's verification in the background: from the newest signed
 * checkpoint by default, from the first entry when asked, and names what is wrong (the first
 * broken entry, a trail cut short). Tampering is done as the owner with the guard off, on a
 * database of this class's own.
 */
class VerificationFromTheViewerNamesWhatIsWrongTest {

    private static final String PASSWORD = "verify-lab-password-3Kd";

    private static PostgresTestDatabase postgres;
    private static SyncServer server;
    private static Http http;
    private static ServerLab lab;

    @BeforeAll
    static void serverOfItsOwn() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(DemoServer.config(postgres, false));
        http = new Http(server.baseUri());
        lab = new ServerLab(postgres);
    }

    @AfterAll
    static void close() {
        lab.close();
        server.close();
        postgres.close();
    }

    private record Lab(ServerLab.Org org, String token) {}

    private static Lab labWithSamples(String name, int samples) {
        ServerLab.Org org =
                lab.createOrganization(name, server.parts().passwordHasher().hash(PASSWORD.toCharArray()));
        for (int i = 0; i < samples; i++) {
            lab.sample(org, name + "-" + i);
        }
        Http.Response login =
                http.post("/auth/login", null, Map.of("username", "viewer@" + name + ".test", "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return new Lab(org, login.body().get("access_token").asText());
    }

    private static AuditCheckpoint checkpoint(Lab lab) {
        return server.parts().auditCheckpoints().checkpoint(lab.org().id()).orElseThrow();
    }

    private static JsonNode verify(Lab lab, String query) {
        Http.Response started = http.post("/api/audit/verifications" + query, lab.token(), "");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        String id = started.body().get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Http.Response status = http.get("/api/audit/verifications/" + id, lab.token());
            assertThat(status.status()).isEqualTo(200);
            if (!status.body().get("state").asText().equals("running")) {
                return status.body();
            }
            sleep();
        }
        throw new AssertionError("The verification did not finish in 30 s");
    }

    private static long lastSequence(Lab lab) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement();
                var row = statement.executeQuery("SELECT max(sequence) FROM audit_log WHERE organization_id = '"
                        + lab.org().id() + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void asOwnerWithGuardOff(String sql) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            statement.executeUpdate(sql);
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
        }
    }

    @Test
    void anIntactTrailIsCheckedOnlyAfterTheNewestCheckpoint() throws SQLException {
        Lab lab = labWithSamples("verify-intact", 3);
        AuditCheckpoint checkpoint = checkpoint(lab);
        VerificationFromTheViewerNamesWhatIsWrongTest.lab.sample(lab.org(), "after-checkpoint");
        long last = lastSequence(lab);

        JsonNode result = verify(lab, "");

        assertThat(result.get("state").asText()).isEqualTo("done");
        assertThat(result.get("verdict").asText()).isEqualTo("OK");
        assertThat(result.get("incremental").asBoolean()).isTrue();
        assertThat(result.get("from_sequence").asLong()).isEqualTo(checkpoint.sequence());
        assertThat(result.get("to_check").asLong()).isEqualTo(last - checkpoint.sequence());
        assertThat(result.get("checked").asLong()).isEqualTo(last - checkpoint.sequence());
        assertThat(result.get("description").asText()).contains("intact");
    }

    @Test
    void aFullCheckStartsFromTheFirstEntry() throws SQLException {
        Lab lab = labWithSamples("verify-full", 2);
        checkpoint(lab);

        JsonNode result = verify(lab, "?full=true");

        assertThat(result.get("verdict").asText()).isEqualTo("OK");
        assertThat(result.get("incremental").asBoolean()).isFalse();
        assertThat(result.get("checked").asLong()).isEqualTo(lastSequence(lab));
    }

    @Test
    void anEntryChangedAfterTheCheckpointIsNamed() throws SQLException {
        Lab lab = labWithSamples("verify-edited", 2);
        checkpoint(lab);
        VerificationFromTheViewerNamesWhatIsWrongTest.lab.sample(lab.org(), "late-1");
        VerificationFromTheViewerNamesWhatIsWrongTest.lab.sample(lab.org(), "late-2");
        long forged = lastSequence(lab) - 1;
        asOwnerWithGuardOff("UPDATE audit_log SET reason = 'forged' WHERE organization_id = '"
                + lab.org().id() + "' AND sequence = " + forged);

        JsonNode result = verify(lab, "");

        assertThat(result.get("verdict").asText()).isEqualTo("BROKEN");
        assertThat(result.get("broken_sequence").asLong()).isEqualTo(forged);
        assertThat(result.get("description").asText()).contains("#" + forged).contains("content was changed");
    }

    @Test
    void anEntryChangedBeforeTheCheckpointIsNamedByAFullCheck() throws SQLException {
        Lab lab = labWithSamples("verify-old-edit", 3);
        checkpoint(lab);
        asOwnerWithGuardOff("UPDATE audit_log SET reason = 'forged' WHERE organization_id = '"
                + lab.org().id() + "' AND sequence = 3");

        JsonNode result = verify(lab, "?full=true");

        assertThat(result.get("verdict").asText()).isEqualTo("BROKEN");
        assertThat(result.get("broken_sequence").asLong()).isEqualTo(3);
    }

    @Test
    void entriesRemovedFromTheEndAreFoundTruncated() throws SQLException {
        Lab lab = labWithSamples("verify-cut", 3);
        AuditCheckpoint checkpoint = checkpoint(lab);
        asOwnerWithGuardOff("DELETE FROM audit_log WHERE organization_id = '"
                + lab.org().id() + "' AND sequence >= " + (checkpoint.sequence() - 1));

        JsonNode result = verify(lab, "");

        assertThat(result.get("verdict").asText()).isEqualTo("TRUNCATED");
        assertThat(result.get("description").asText()).contains("#" + checkpoint.sequence());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
