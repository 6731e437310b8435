package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Instrument software sends a run's raw file through the bench's chunked upload (announce, parts,
 * complete), attaches it to the run and records the result, all with one key over real HTTP; the
 * run's files and results then name the key, and the audit trail has every write as that key.
 */
class InstrumentSoftwareUploadsARawFileAndResultsWithAKeyTest {

    private static final byte[] SWEEP = "v,i\n-1.0,-0.0010\n0.0,0.0000\n1.0,0.0010\n".getBytes(StandardCharsets.UTF_8);

    private static KeyLab keys;
    private static KeyLab.RunningRun run;
    private static String key;
    private static String keyName;

    @BeforeAll
    static void uploadWithAKey() throws Exception {
        keys = new KeyLab("uploads");
        run = keys.runningRun("Keithley-2");
        key = keys.key("Keithley-2", "results:write:" + run.instrumentId(), "attachments:write", "runs:read");
        keyName = ApiKeyAccounts.displayName("Keithley-2", key.substring(4, 12));
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SWEEP));

        Http.Response announced = keys.http()
                .post("/api/files/uploads", key, Map.of("content_sha256", sha256, "size_bytes", SWEEP.length));
        assertThat(announced.status()).as(announced.body().toString()).isEqualTo(201);
        String upload = announced.body().get("upload_id").asText();
        int half = SWEEP.length / 2;
        assertThat(keys.http()
                        .sendBytes("PUT", "/api/files/uploads/" + upload + "?offset=0", key, slice(0, half))
                        .status())
                .isEqualTo(200);
        assertThat(keys.http()
                        .sendBytes(
                                "PUT",
                                "/api/files/uploads/" + upload + "?offset=" + half,
                                key,
                                slice(half, SWEEP.length))
                        .status())
                .isEqualTo(200);
        Http.Response completed = keys.http().send("POST", "/api/files/uploads/" + upload + "/complete", key, null);
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(201);
        Http.Response attached = keys.http()
                .post(
                        "/api/analysis/runs/" + run.runId() + "/files",
                        key,
                        Map.of(
                                "file_name",
                                "sweep.csv",
                                "media_type",
                                "text/csv",
                                "size_bytes",
                                SWEEP.length,
                                "content_sha256",
                                sha256));
        assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
        Http.Response result = keys.recordResult(key, run.runId(), 1000.0);
        assertThat(result.status()).as(result.body().toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void theRunsFilesNameTheKeyAndTheFileIsStored() {
        Http.Response files = keys.http().get("/api/analysis/runs/" + run.runId() + "/files", keys.token("tech"));

        assertThat(files.status()).isEqualTo(200);
        JsonNode file = files.body().get("items").get(0);
        assertThat(file.get("file_name").asText()).isEqualTo("sweep.csv");
        assertThat(file.get("stored").asBoolean()).isTrue();
        assertThat(file.get("uploaded_by").asText()).isEqualTo(keys.idOf(key).toString());
        assertThat(file.get("uploaded_by_name").asText()).isEqualTo(keyName).startsWith("API key Keithley-2 (spk_");
    }

    @Test
    void theRunsResultsNameTheKey() {
        Http.Response detail = keys.http().get("/api/analysis/runs/" + run.runId(), key);

        assertThat(detail.status()).isEqualTo(200);
        JsonNode result = detail.body().get("results").get(0);
        assertThat(result.get("value").asDouble()).isEqualTo(1000.0);
        String author = result.get("recorded_by").asText();
        assertThat(author).isEqualTo(keys.idOf(key).toString());
        assertThat(detail.body().get("recorded_by").get(author).asText()).isEqualTo(keyName);
    }

    @Test
    void everyWriteOfTheKeyIsInTheAuditTrailAsThatKey() {
        UUID keyId = keys.idOf(key);

        List<Map<String, Object>> entries = keys.rowsAsApp(
                keys.org.id(),
                "SELECT a.action, a.table_name, u.display_name FROM audit_log a JOIN users u ON u.id = a.actor_id"
                        + " WHERE a.actor_id = ? ORDER BY a.sequence",
                keyId);

        assertThat(entries).extracting(entry -> entry.get("table_name")).contains("attachments", "results");
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.get("display_name")).isEqualTo(keyName));
        assertThat(keys.rowsAsApp(
                        keys.org.id(),
                        "SELECT actor_id FROM audit_log WHERE table_name IN ('attachments', 'results')"
                                + " AND record_id IN (SELECT id FROM results WHERE run_id = ?"
                                + " UNION SELECT id FROM attachments WHERE record_id = ?)",
                        run.runId(),
                        run.runId()))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.get("actor_id")).isEqualTo(keyId));
    }

    private static byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(SWEEP, from, to);
    }
}
