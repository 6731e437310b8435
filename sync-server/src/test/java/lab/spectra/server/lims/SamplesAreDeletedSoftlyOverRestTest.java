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
 * POST /api/lims/samples/{id}/delete: a PI or admin, with a reason and the version seen; the sample
 * leaves every list but an admin's {@code ?include_deleted=true}, which shows who, when and why.
 */
class SamplesAreDeletedSoftlyOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private Http.Response delete(String id, String token, Object body) {
        return demo.http.post("/api/lims/samples/" + id + "/delete", token, body);
    }

    private List<JsonNode> listed(DemoIds lab, String person, String query) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = demo.http.get(
                    "/api/lims/samples?limit=200" + query + (cursor == null ? "" : "&cursor=" + cursor),
                    lab.token(person));
            assertThat(page.status()).isEqualTo(200);
            page.body().get("items").forEach(items::add);
            cursor = page.body().get("next_cursor").isNull()
                    ? null
                    : page.body().get("next_cursor").asText();
        } while (cursor != null);
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asText()).toList();
    }

    @Test
    void aPisDeletionHidesTheSampleAndKeepsWhoWhenAndWhy() throws Exception {
        String id = demoLab.newSample();
        Http.Response deleted =
                delete(id, demoLab.token("pi"), Map.of("reason", "Registered twice", "expected_row_version", 1));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("deleted_by").asText()).isEqualTo(demoLab.userId("pi"));

        assertThat(ids(listed(demoLab, "pi", ""))).doesNotContain(id);
        assertThat(demo.http.get("/api/lims/samples/" + id, demoLab.token("pi")).status())
                .isEqualTo(404);
        JsonNode shown = listed(demoLab, "admin", "&include_deleted=true").stream()
                .filter(item -> item.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(shown.get("deleted_by").asText()).isEqualTo(demoLab.userId("pi"));
        assertThat(shown.get("deletion_reason").asText()).isEqualTo("Registered twice");
        assertThat(shown.get("deleted_at").isNull()).isFalse();
        assertThat(AuditReasons.of(demo, id, "DeleteSample")).containsExactly("Registered twice");
    }

    @Test
    void itsBarcodeStaysTaken() {
        String id = demoLab.newSample();
        String barcode = demo.http
                .get("/api/lims/samples/" + id, demoLab.token("admin"))
                .body()
                .get("sample")
                .get("barcode")
                .asText();
        delete(id, demoLab.token("admin"), Map.of("reason", "Broken", "expected_row_version", 1));
        Http.Response again = demo.http.post(
                "/api/lims/samples", demoLab.token("engineer"), Map.of("name", "Again", "barcode", barcode));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("duplicate_barcode");
    }

    @Test
    void anEngineerMayNotDelete() {
        String id = demoLab.newSample();
        Http.Response response =
                delete(id, demoLab.token("engineer"), Map.of("reason", "duplicate", "expected_row_version", 1));
        assertThat(response.status()).isEqualTo(403);
        assertThat(ids(listed(demoLab, "engineer", ""))).contains(id);
    }

    @Test
    void anotherLabsSampleIsNotFound() {
        String theirs = testOrg.newSample();
        Http.Response response =
                delete(theirs, demoLab.token("admin"), Map.of("reason", "duplicate", "expected_row_version", 1));
        assertThat(response.status()).isEqualTo(404);
        assertThat(ids(listed(testOrg, "viewer", ""))).contains(theirs);
    }

    @Test
    void withoutAReasonNothingIsDeleted() {
        String id = demoLab.newSample();
        Http.Response response = delete(id, demoLab.token("pi"), Map.of("expected_row_version", 1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.message()).isEqualTo("The reason for deleting is required");
        assertThat(ids(listed(demoLab, "pi", ""))).contains(id);
    }

    @Test
    void aSampleChangedSinceItWasSeenIsAConflictShowingIt() {
        String id = demoLab.newSample();
        demo.http.put(
                "/api/lims/samples/" + id,
                demoLab.token("engineer"),
                Map.of("location", Map.of("from", "", "to", "Shelf 3")));
        Http.Response response =
                delete(id, demoLab.token("pi"), Map.of("reason", "duplicate", "expected_row_version", 1));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("conflict");
        assertThat(response.body().get("current").get("row_version").asLong()).isEqualTo(2);
        assertThat(ids(listed(demoLab, "pi", ""))).contains(id);
    }

    @Test
    void deletingTwiceIsRefusedWithTheFirstReason() {
        String id = demoLab.newSample();
        delete(id, demoLab.token("pi"), Map.of("reason", "Registered twice", "expected_row_version", 1));
        Http.Response again =
                delete(id, demoLab.token("admin"), Map.of("reason", "duplicate", "expected_row_version", 2));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("illegal_transition");
        assertThat(again.message()).contains("Registered twice");
    }

    @Test
    void onlyAdminsListDeletedSamples() {
        Http.Response asPi = demo.http.get("/api/lims/samples?include_deleted=true", demoLab.token("pi"));
        assertThat(asPi.status()).isEqualTo(403);
        Http.Response notABoolean = demo.http.get("/api/lims/samples?include_deleted=yes", demoLab.token("admin"));
        assertThat(notABoolean.status()).isEqualTo(400);
    }

    @Test
    void anAdminsListOfDeletedSamplesHoldsOnlyTheirOwnLab() {
        String theirs = testOrg.newSample();
        delete(theirs, testOrg.token("admin"), Map.of("reason", "duplicate", "expected_row_version", 1));
        assertThat(ids(listed(demoLab, "admin", "&include_deleted=true"))).doesNotContain(theirs);
        assertThat(ids(listed(testOrg, "admin", "&include_deleted=true"))).contains(theirs);
    }
}
