package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * The demo notebook shows what signing looks like: an entry signed by its author and reviewed by
 * the PI, both valid and countersigned, and one whose author signature was voided by an engineer's
 * edit, with the reason.
 */
class TheDemoNotebookHasAReviewedEntryAndAVoidedSignatureTest {

    private final DemoServer demo = DemoServer.get();
    private final String token = new DemoIds(demo, "demo.lab").token("pi");

    private String entryId(String title) {
        for (JsonNode entry :
                demo.http.get("/api/lims/eln?limit=200", token).body().path("items")) {
            if (entry.path("title").asText().equals(title)) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError("No demo entry " + title);
    }

    private List<JsonNode> signatures(String entry) {
        List<JsonNode> found = new ArrayList<>();
        demo.http.get("/api/lims/eln/" + entry + "/signatures", token).body().forEach(found::add);
        return found;
    }

    @Test
    void theReviewedEntryHasValidCountersignedAuthorAndReviewerSignatures() {
        String entry = entryId("IV sweep of DEMO-0001");

        assertThat(signatures(entry))
                .extracting(signature -> signature.path("meaning").asText())
                .containsExactly("authored", "reviewed");
        assertThat(signatures(entry)).allSatisfy(signature -> {
            assertThat(signature.path("valid").asBoolean()).isTrue();
            assertThat(signature.path("countersigned_at").asText()).isNotBlank();
        });
        String review = signatures(entry).get(1).path("id").asText();
        assertThat(demo.http
                        .get("/api/lims/eln/" + entry + "/signatures/" + review + "/verification", token)
                        .body()
                        .path("holds")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theEditedEntrysAuthorSignatureIsVoidedByTheEngineerWithAReason() {
        JsonNode signature = signatures(entryId("Anneal of DEMO-0002")).get(0);

        assertThat(signature.path("valid").asBoolean()).isFalse();
        assertThat(signature.path("voided_by_name").asText()).isEqualTo("Eli Engineer");
        assertThat(signature.path("void_reason").asText()).startsWith("The furnace log shows 450 °C");
    }
}
