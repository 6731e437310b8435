package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The samples list keeps its answers under the lab's change number (ADR 0033): the same page asked
 * again is the same, and any change to the lab's samples - a new one, an edit, a deletion - is in
 * the very next answer, however recently the page was kept.
 */
class TheSamplesListIsAnsweredFromItsCacheOnlyUntilTheLabChangesTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private JsonNode pageAfter(DemoIds lab, String cursor) {
        Http.Response page = demo.http.get("/api/lims/samples?limit=50&cursor=" + cursor, lab.token("engineer"));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void aNewSampleIsInTheNextAnswerOfAPageAlreadyAsked() {
        String first = demoLab.newSample();
        JsonNode before = pageAfter(demoLab, first);
        assertThat(pageAfter(demoLab, first)).isEqualTo(before);

        String added = demoLab.newSample();

        JsonNode after = pageAfter(demoLab, first);
        assertThat(after.get("items").size()).isEqualTo(before.get("items").size() + 1);
        assertThat(after.get("items").findValuesAsText("id")).contains(added);
    }

    @Test
    void anEditedSampleIsShownEditedAtOnce() {
        String first = demoLab.newSample();
        String edited = demoLab.newSample();
        String name = null;
        for (JsonNode item : pageAfter(demoLab, first).get("items")) {
            if (item.get("id").asText().equals(edited)) {
                name = item.get("name").asText();
            }
        }
        assertThat(name).isNotNull();

        Http.Response edit = demo.http.put(
                "/api/lims/samples/" + edited,
                demoLab.token("engineer"),
                Map.of("name", Map.of("from", name, "to", name + " (cleaved)")));
        assertThat(edit.status()).isEqualTo(200);

        assertThat(names(pageAfter(demoLab, first))).contains(name + " (cleaved)");
    }

    @Test
    void aDeletedSampleLeavesThePageAtOnce() {
        String first = demoLab.newSample();
        String deleted = demoLab.newSample();
        assertThat(pageAfter(demoLab, first).get("items").findValuesAsText("id"))
                .contains(deleted);

        assertThat(demo.http
                        .post(
                                "/api/lims/samples/" + deleted + "/delete",
                                demoLab.token("admin"),
                                Map.of("reason", "Registered twice", "expected_row_version", 1))
                        .status())
                .isEqualTo(200);

        assertThat(pageAfter(demoLab, first).get("items").findValuesAsText("id"))
                .doesNotContain(deleted);
    }

    @Test
    void anotherLabAskingTheSamePageGetsItsOwnAnswer() {
        String first = demoLab.newSample();
        String ours = demoLab.newSample();
        assertThat(pageAfter(demoLab, first).get("items").findValuesAsText("id"))
                .contains(ours);

        assertThat(pageAfter(testOrg, first).get("items").findValuesAsText("id"))
                .doesNotContain(ours);
    }
}
