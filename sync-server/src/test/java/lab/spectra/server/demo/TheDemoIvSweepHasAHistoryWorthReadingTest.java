package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The demo shows recipe authoring (issue 18): the IV sweep's second version was sent back by the PI
 * with a comment, changed and submitted again, and waits for a decision while version 1 stays
 * approved; both SOPs of spec §3 exist and the recipes follow them.
 */
class TheDemoIvSweepHasAHistoryWorthReadingTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    private JsonNode get(String path) {
        Http.Response response = demo.http.get(path, ids.token("viewer"));
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    @Test
    void versionTwoWasSentBackOnceChangedAndSubmittedAgainWhileVersionOneStaysApproved() {
        JsonNode versions = get("/api/lims/recipes/" + ids.approvedRecipeFor("smu") + "/history")
                .get("versions");

        assertThat(texts(versions, "status")).containsExactly("approved", "draft");
        JsonNode first = versions.get(0);
        JsonNode second = versions.get(1);
        assertThat(texts(first.get("decisions"), "comment")).containsExactly("Matches SOP IV-001");
        assertThat(texts(second.get("decisions"), "decision")).containsExactly("rejected");
        assertThat(second.get("decisions").get(0).get("comment").asText()).startsWith("Keep the stop voltage at 2.5 V");
        assertThat(second.get("decisions").get(0).get("by").get("name").asText())
                .isEqualTo("Pia Investigator");
        assertThat(texts(second.get("changes"), "text")).containsExactly("Stop voltage (V): 2.0 → 2.5");
        assertThat(second.get("awaiting_decision").asBoolean()).isTrue();
    }

    @Test
    void theSopsOfTheSpecAreThereAndTheIvSweepFollowsItsOwn() {
        // Other tests on the shared demo server add SOPs of their own.
        JsonNode sops = get("/api/lims/sops?status=approved&limit=200").get("items");
        assertThat(texts(sops, "title")).contains("IV characterization", "XRD analysis");

        String ivSop = sops.get(texts(sops, "title").indexOf("IV characterization"))
                .get("id")
                .asText();
        JsonNode library = get("/api/lims/sops/" + ivSop);
        assertThat(texts(library.get("recipes"), "name")).containsExactly("IV sweep", "IV sweep");
        assertThat(texts(library.get("recipes"), "version")).containsExactly("1", "2");
        // Other tests register SMUs of their own in the demo lab; the XRD follows another SOP.
        assertThat(texts(library.get("instruments"), "name")).contains("SMU-01").doesNotContain("XRD-01");
    }
}
