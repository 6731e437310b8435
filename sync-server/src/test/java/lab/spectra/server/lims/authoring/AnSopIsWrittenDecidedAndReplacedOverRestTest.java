package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * An SOP over REST: drafted, edited, submitted, sent back, changed, approved; its next version
 * approved retires it; the library's view shows its decisions, versions, the recipes that follow it
 * and the instruments of their kind.
 */
class AnSopIsWrittenDecidedAndReplacedOverRestTest {

    private final Authoring authoring = new Authoring(DemoServer.get(), "demo.lab");
    private final DemoServer demo = authoring.demo;

    private JsonNode sop(String id) {
        Http.Response response = demo.http.get("/api/lims/sops/" + id, authoring.ids.token("viewer"));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private Http.Response post(String person, String path, Map<String, Object> body) {
        return demo.http.post(path, authoring.ids.token(person), body);
    }

    private Http.Response edit(String id, String body) {
        return demo.http.put(
                "/api/lims/sops/" + id,
                authoring.ids.token("engineer"),
                Map.of(
                        "body_markdown",
                        Map.of("from", sop(id).get("body_markdown").asText(), "to", body)));
    }

    private Map<String, Object> seen(String id) {
        return Map.of("expected_row_version", sop(id).get("row_version").asLong());
    }

    @Test
    void theLibraryShowsDecisionsVersionsAndWhatFollowsTheSop() {
        String title = Authoring.unique("Probe cleaning");
        String first = authoring.ids.created(
                post("engineer", "/api/lims/sops", Map.of("title", title, "body_markdown", "# Steps\n1. Wipe.")));
        assertThat(edit(first, "# Steps\n1. Wipe with IPA.").status()).isEqualTo(200);
        assertThat(post("engineer", "/api/lims/sops/" + first + "/submit", seen(first))
                        .status())
                .isEqualTo(200);
        Http.Response sentBack = post(
                "pi",
                "/api/lims/sops/" + first + "/reject",
                Map.of("comment", "Say how long to let it dry", "expected_row_version", 3));
        assertThat(sentBack.status()).isEqualTo(200);
        assertThat(sop(first).get("rejection_comment").asText()).isEqualTo("Say how long to let it dry");
        assertThat(edit(first, "# Steps\n1. Wipe with IPA.\n2. Dry for 5 min.").status())
                .isEqualTo(200);
        assertThat(post("engineer", "/api/lims/sops/" + first + "/submit", seen(first))
                        .status())
                .isEqualTo(200);
        assertThat(post("pi", "/api/lims/sops/" + first + "/approve", seen(first))
                        .status())
                .isEqualTo(200);

        Http.Response next = post("engineer", "/api/lims/sops/" + first + "/versions", Map.of());
        assertThat(next.status()).isEqualTo(201);
        String second = next.body().get("id").asText();
        assertThat(next.body().get("version").asInt()).isEqualTo(2);
        String recipe = authoring.ids.created(authoring.createRecipe(
                "engineer", Authoring.unique("Clean sweep"), Authoring.sweep(1.0), List.of(second)));
        assertThat(post("pi", "/api/lims/sops/" + second + "/approve", seen(second))
                        .status())
                .isEqualTo(200);

        JsonNode retired = sop(first);
        assertThat(retired.get("status").asText()).isEqualTo("retired");
        assertThat(retired.get("retirement_reason").asText()).isEqualTo("Replaced by SOP " + title + " v2");
        assertThat(texts(retired.get("decisions"), "decision")).containsExactly("rejected", "approved", "retired");
        assertThat(texts(retired.get("versions"), "status")).containsExactly("retired", "approved");

        JsonNode current = sop(second);
        assertThat(current.get("body_markdown").asText()).isEqualTo("# Steps\n1. Wipe with IPA.\n2. Dry for 5 min.");
        assertThat(texts(current.get("recipes"), "id")).containsExactly(recipe);
        assertThat(texts(current.get("instruments"), "name")).containsExactly("SMU-01");

        Http.Response approvedOnes =
                demo.http.get("/api/lims/sops?status=approved&limit=200", authoring.ids.token("viewer"));
        assertThat(texts(approvedOnes.body().get("items"), "id"))
                .contains(second)
                .doesNotContain(first);
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
