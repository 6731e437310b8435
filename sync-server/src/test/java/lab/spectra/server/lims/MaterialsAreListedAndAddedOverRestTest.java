package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Engineers and above add materials, named once per organization; every lab lists only its own. */
class MaterialsAreListedAndAddedOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private static String uniqueName() {
        return "Material " + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> listedNames(DemoIds lab, String person) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = demo.http.get(
                    "/api/lims/materials?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), lab.token(person));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.body().get("items")) {
                names.add(item.get("name").asText());
            }
            cursor = page.body().get("next_cursor").isNull()
                    ? null
                    : page.body().get("next_cursor").asText();
        } while (cursor != null);
        return names;
    }

    @Test
    void anEngineersNewMaterialIsListedPageByPageInItsOwnLabOnly() {
        String name = uniqueName();
        Http.Response created = demo.http.post(
                "/api/lims/materials",
                demoLab.token("engineer"),
                Map.of("name", " " + name + " ", "formula", "GaN", "description", "on sapphire"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("name").asText()).isEqualTo(name);
        assertThat(created.body().get("created_by").asText()).isEqualTo(demoLab.userId("engineer"));

        assertThat(listedNames(demoLab, "tech")).contains(name, "Silicon", "Gallium nitride");
        assertThat(listedNames(testOrg, "admin")).doesNotContain(name);
    }

    @Test
    void aNameTakenInAnyCaseIsAConflictAndAddsNothing() {
        String name = uniqueName();
        assertThat(demo.http
                        .post("/api/lims/materials", demoLab.token("engineer"), Map.of("name", name))
                        .status())
                .isEqualTo(201);
        Http.Response again = demo.http.post(
                "/api/lims/materials", demoLab.token("pi"), Map.of("name", name.toUpperCase(java.util.Locale.ROOT)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("duplicate_name");
        assertThat(again.message()).contains(name);
        assertThat(listedNames(demoLab, "admin").stream().filter(name::equalsIgnoreCase))
                .hasSize(1);
        assertThat(demo.http
                        .post("/api/lims/materials", testOrg.token("engineer"), Map.of("name", name))
                        .status())
                .as("another organization may use the same name")
                .isEqualTo(201);
    }

    @Test
    void aTechnicianMayNotAddOne() {
        String name = uniqueName();
        Http.Response response = demo.http.post("/api/lims/materials", demoLab.token("tech"), Map.of("name", name));
        assertThat(response.status()).isEqualTo(403);
        assertThat(listedNames(demoLab, "admin")).doesNotContain(name);
    }

    @Test
    void aMaterialWithoutANameIsRefused() {
        Http.Response response =
                demo.http.post("/api/lims/materials", demoLab.token("engineer"), Map.of("formula", "Si"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.message()).isEqualTo("Material name is required");
    }
}
