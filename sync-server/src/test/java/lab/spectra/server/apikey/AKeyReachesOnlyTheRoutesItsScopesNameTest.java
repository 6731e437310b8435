package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A key is accepted only on routes registered with a scope it holds: a samples:read key reads
 * samples and cannot write (403 naming the missing scope), a results:write key limited to one
 * instrument records results only there, and routes for people only refuse every key.
 */
class AKeyReachesOnlyTheRoutesItsScopesNameTest {

    private static KeyLab keys;
    private static KeyLab.RunningRun run;

    @BeforeAll
    static void lab() {
        keys = new KeyLab("scopes");
        run = keys.runningRun("SMU-1");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void aSamplesReadKeyReadsSamplesButCannotWrite() {
        String key = keys.key("Sample reader", "samples:read");
        KeyLab.RunningRun own = keys.runningRun("SMU-3");

        Http.Response samples = keys.http().get("/api/lims/samples", key);
        Http.Response result = keys.recordResult(key, own.runId(), 12.5);
        Http.Response upload =
                keys.http().post("/api/files/uploads", key, Map.of("content_sha256", "0".repeat(64), "size_bytes", 10));
        Http.Response runs = keys.http().get("/api/analysis/runs", key);

        assertThat(samples.status()).isEqualTo(200);
        assertThat(result.status()).isEqualTo(403);
        assertThat(result.code()).isEqualTo("missing_scope");
        assertThat(result.message()).contains("results:write");
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.message()).contains("attachments:write");
        assertThat(runs.status()).isEqualTo(403);
        assertThat(runs.message()).contains("runs:read");
        assertThat(keys.rowsAsApp(keys.org.id(), "SELECT id FROM results WHERE run_id = ?", own.runId()))
                .isEmpty();
    }

    @Test
    void aKeyLimitedToOneInstrumentRecordsResultsOnlyForThatInstrument() {
        KeyLab.RunningRun other = keys.runningRun("SMU-2");
        String key = keys.key("SMU-1 driver", "results:write:" + run.instrumentId());

        Http.Response mine = keys.recordResult(key, run.runId(), 1.5);
        Http.Response theirs = keys.recordResult(key, other.runId(), 2.5);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.code()).isEqualTo("missing_scope");
        assertThat(theirs.message()).contains("results:write:" + other.instrumentId());
        assertThat(keys.rowsAsApp(keys.org.id(), "SELECT id FROM results WHERE run_id = ?", other.runId()))
                .isEmpty();
    }

    @Test
    void routesForPeopleOnlyRefuseEvenAKeyWithEveryScope() {
        String key = keys.key("Everything", "results:write", "attachments:write", "samples:read", "runs:read");

        List<Http.Response> answers = List.of(
                keys.http().get("/api/lims/recipes", key),
                keys.http().get("/api/admin/api-keys", key),
                keys.http().post("/api/lims/samples", key, Map.of("name", "S", "barcode", "K-1")),
                keys.http().post("/api/analysis/runs/" + run.runId() + "/finish", key, Map.of()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("api_key_not_allowed");
        });
        assertThat(keys.rowsAsApp(keys.org.id(), "SELECT status FROM runs WHERE id = ?", run.runId()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("running"));
    }
}
