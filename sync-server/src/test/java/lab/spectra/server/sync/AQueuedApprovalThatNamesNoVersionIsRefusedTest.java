package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * ADR 0010: an approval queued on a bench before approvals named a version is not given the
 * current one by default; it is refused, so its author approves again what they now see.
 */
class AQueuedApprovalThatNamesNoVersionIsRefusedTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final BenchEdits bench = new BenchEdits(demo, ids);

    @Test
    void anApproveRecipeWithoutExpectedRowVersionIsRejectedAndTheDraftStaysADraft() {
        String recipe = ids.newDraftRecipe();
        Map<String, Object> approve = bench.command("ApproveRecipe", "pi");
        approve.put("recipe_id", recipe);
        approve.put("approval_id", UUID.randomUUID().toString());

        JsonNode answer = bench.pushAndAnswer("pi", approve);

        assertThat(answer.get("status").asText()).isEqualTo("rejected");
        assertThat(answer.get("code").asText()).isEqualTo("invalid_input");
        assertThat(answer.get("message").asText()).contains("expected_row_version");
        assertThat(demo.http
                        .post(
                                "/api/lims/recipes/" + recipe + "/approve",
                                ids.token("pi"),
                                Map.of("expected_row_version", 1))
                        .status())
                .isEqualTo(200);
    }
}
