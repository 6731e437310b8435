package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * Every authoring endpoint answers another organization's recipe or SOP as if it did not exist
 * (404), and changes nothing of it.
 */
class AnotherLabsRecipesAndSopsAreNotFoundOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final Authoring demoLab = new Authoring(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private int status(String method, String path, String person, Object body) {
        String token = testOrg.token(person);
        return switch (method) {
            case "GET" -> demo.http.get(path, token).status();
            case "PUT" -> demo.http.put(path, token, body).status();
            default -> demo.http.post(path, token, body).status();
        };
    }

    @Test
    void aRecipeOfAnotherLabIsNotFoundByAnyAuthoringEndpoint() {
        String theirs = demoLab.draftRecipe(Authoring.unique("Their sweep"), Authoring.sweep(1.0));
        String path = "/api/lims/recipes/" + theirs;
        Map<String, Object> version = Map.of("expected_row_version", 1);

        assertThat(status("GET", path + "/history", "viewer", null)).isEqualTo(404);
        assertThat(status("PUT", path, "engineer", Map.of("name", Map.of("from", "x", "to", "Our sweep"))))
                .isEqualTo(404);
        assertThat(status("POST", path + "/submit", "engineer", version)).isEqualTo(404);
        assertThat(status("POST", path + "/reject", "pi", Map.of("comment", "no", "expected_row_version", 1)))
                .isEqualTo(404);
        assertThat(status("POST", path + "/versions", "engineer", Map.of())).isEqualTo(404);
        assertThat(demoLab.rowVersion(theirs)).isEqualTo(1);
        assertThat(demoLab.decisionsOn(theirs)).isZero();
    }

    @Test
    void anSopOfAnotherLabIsNotFoundByAnyAuthoringEndpoint() {
        String theirs = demoLab.ids.newDraftSop();
        String path = "/api/lims/sops/" + theirs;

        assertThat(status("GET", path, "viewer", null)).isEqualTo(404);
        assertThat(status("PUT", path, "engineer", Map.of("title", Map.of("from", "x", "to", "Ours"))))
                .isEqualTo(404);
        assertThat(status("POST", path + "/submit", "engineer", Map.of("expected_row_version", 1)))
                .isEqualTo(404);
        assertThat(status("POST", path + "/reject", "pi", Map.of("comment", "no", "expected_row_version", 1)))
                .isEqualTo(404);
        assertThat(status("POST", path + "/versions", "engineer", Map.of())).isEqualTo(404);
        assertThat(demo.http
                        .get(path, demoLab.ids.token("viewer"))
                        .body()
                        .get("row_version")
                        .asLong())
                .isEqualTo(1);
    }
}
