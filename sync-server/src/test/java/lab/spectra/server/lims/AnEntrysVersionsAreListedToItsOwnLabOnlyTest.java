package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** {@code GET /api/lims/eln/{id}/versions}: the edit history of an entry, never another lab's. */
class AnEntrysVersionsAreListedToItsOwnLabOnlyTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    @Test
    void anEditedEntryListsTheWrittenVersionAndTheEditInOrder() {
        String entry = demoLab.newElnEntry();
        new BenchEdits(demo, demoLab)
                .rewriteEntry("engineer", entry, "Leakage rose after anneal", "Leakage fell after anneal");

        Http.Response response = demo.http.get("/api/lims/eln/" + entry + "/versions", demoLab.token("viewer"));

        assertThat(response.status()).isEqualTo(200);
        List<String> bodies = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode version : response.body().get("items")) {
            bodies.add(version.get("body_markdown").asText());
            numbers.add(version.get("version").asInt());
            assertThat(version.get("content_sha256").asText()).hasSize(64);
        }
        assertThat(numbers).containsExactly(1, 2);
        assertThat(bodies).containsExactly("Leakage rose after anneal", "Leakage fell after anneal");
    }

    @Test
    void anotherLabsEntryIsNotFound() {
        String theirs = demoLab.newElnEntry();

        Http.Response response = demo.http.get("/api/lims/eln/" + theirs + "/versions", testOrg.token("admin"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void aMalformedEntryIdIsABadRequest() {
        Http.Response response = demo.http.get("/api/lims/eln/not-a-uuid/versions", demoLab.token("viewer"));

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.code()).isNotBlank();
    }
}
