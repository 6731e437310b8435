package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Through the API, one organization never sees, nor can touch, another's records. */
class TenancyOverHttpTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private List<String> allIds(String path, String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response page =
                    demo.http.get(path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.body().get("items")) {
                ids.add(item.get("id").asText());
            }
            cursor = page.body().get("next_cursor").isNull()
                    ? null
                    : page.body().get("next_cursor").asText();
        } while (cursor != null);
        return ids;
    }

    @Test
    void anotherOrganizationsSampleIsNotFound() {
        String theirs = demoLab.sample();
        Http.Response response = demo.http.get("/api/lims/samples/" + theirs, testOrg.token("admin"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void anotherOrganizationsRunIsNotFound() {
        String theirRun = demoLab.newRunningRun();
        assertThat(demo.http
                        .get("/api/analysis/runs/" + theirRun, testOrg.token("viewer"))
                        .status())
                .isEqualTo(404);
        assertThat(demo.http
                        .post("/api/analysis/runs/" + theirRun + "/finish", testOrg.token("admin"), "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listsNeverContainAnotherOrganizationsRecords() {
        for (String path :
                List.of("/api/lims/samples", "/api/analysis/instruments", "/api/lims/recipes", "/api/analysis/runs")) {
            List<String> ours = allIds(path, testOrg.token("viewer"));
            List<String> theirs = allIds(path, demoLab.token("viewer"));
            assertThat(ours).as(path).isNotEmpty().doesNotContainAnyElementsOf(theirs);
        }
    }

    @Test
    void aRunNamingAnotherOrganizationsInstrumentIsRefusedAsNotFound() {
        Http.Response response = demo.http.post(
                "/api/analysis/runs",
                testOrg.token("tech"),
                Map.of(
                        "recipe_id",
                        testOrg.approvedRecipeFor("smu"),
                        "instrument_id",
                        demoLab.instrument("SMU-01"),
                        "sample_id",
                        testOrg.sample()));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void approvingAnotherOrganizationsDraftIsNotFound() {
        String theirDraft = demoLab.newDraftRecipe();
        Http.Response response = demo.http.post(
                "/api/lims/recipes/" + theirDraft + "/approve", testOrg.token("pi"), Map.of("expected_row_version", 1));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void theCallerSeesOnlyTheirOwnOrganization() {
        Http.Response me = demo.http.get("/auth/me", testOrg.token("engineer"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("organization").get("slug").asText()).isEqualTo("test-org");
        assertThat(me.body().get("role").asText()).isEqualTo("engineer");
        assertThat(me.body().get("email").asText()).isEqualTo("engineer@test.org");
    }
}
