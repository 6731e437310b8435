package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A key's organization is the tenant of every request it makes: another lab's runs and samples
 * answer 404 as if they did not exist, and nothing is written there.
 */
class AnotherOrganizationsIdsAreNotFoundForAKeyTest {

    private static KeyLab keys;
    private static ServerLab.Org other;
    private static KeyLab.RunningRun theirRun;

    @BeforeAll
    static void twoLabs() {
        keys = new KeyLab("own-keys");
        other = keys.organization("other-keys");
        theirRun = keys.runningRun(other, "Their SMU");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void anotherLabsRunsAndSamplesAreNotFoundAndUntouched() {
        String key = keys.key("Everything", "results:write", "attachments:write", "samples:read", "runs:read");
        java.util.UUID theirSample = keys.lab.sample(other, "THEIRS-1");

        List<Http.Response> answers = List.of(
                keys.http().get("/api/analysis/runs/" + theirRun.runId(), key),
                keys.http().get("/api/analysis/runs/" + theirRun.runId() + "/files", key),
                keys.http().get("/api/lims/samples/" + theirSample, key),
                keys.recordResult(key, theirRun.runId(), 3.0),
                keys.http()
                        .post(
                                "/api/analysis/runs/" + theirRun.runId() + "/files",
                                key,
                                Map.of("file_name", "sweep.csv", "size_bytes", 3, "content_sha256", "a".repeat(64))));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(404));
        assertThat(keys.rowsAsApp(other.id(), "SELECT id FROM results WHERE run_id = ?", theirRun.runId()))
                .isEmpty();
        assertThat(keys.rowsAsApp(other.id(), "SELECT id FROM attachments WHERE record_id = ?", theirRun.runId()))
                .isEmpty();
    }

    @Test
    void theKeysOwnLabIsWhereItsListsComeFrom() {
        String key = keys.key("Sample reader", "samples:read");
        keys.lab.sample(keys.org, "OURS-1");

        Http.Response samples = keys.http().get("/api/lims/samples?limit=100", key);

        assertThat(samples.status()).isEqualTo(200);
        assertThat(samples.body().toString()).contains("OURS-1").doesNotContain("THEIRS");
    }
}
