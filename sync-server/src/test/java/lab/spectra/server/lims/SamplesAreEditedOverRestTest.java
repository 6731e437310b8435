package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** PUT /api/lims/samples/{id}: fields as from → to, a material of the lab, a reason; a taken barcode is 409. */
class SamplesAreEditedOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds testOrg = new DemoIds(demo, "test.org");

    private Http.Response sample(String id) {
        return demo.http.get("/api/lims/samples/" + id, demoLab.token("admin"));
    }

    private String material(DemoIds lab) {
        return lab.created(demo.http.post(
                "/api/lims/materials",
                lab.token("engineer"),
                Map.of("name", "Edit material " + UUID.randomUUID().toString().substring(0, 8))));
    }

    private static Map<String, Object> change(Object from, Object to) {
        Map<String, Object> change = new HashMap<>();
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    @Test
    void theNameStatusAndMaterialChangeWithTheReasonInTheAuditTrail() throws Exception {
        String id = demoLab.newSample();
        String material = material(demoLab);
        String name = sample(id).body().get("sample").get("name").asText();
        Http.Response edited = demo.http.put(
                "/api/lims/samples/" + id,
                demoLab.token("engineer"),
                Map.of(
                        "name", change(name, name + " (cleaved)"),
                        "status", change("received", "on_hold"),
                        "material_id", change(null, material),
                        "reason", "Cracked during dicing"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(sample(id).body().get("sample").get("status").asText()).isEqualTo("on_hold");
        assertThat(sample(id).body().get("sample").get("material_id").asText()).isEqualTo(material);
        assertThat(sample(id).body().get("sample").get("name").asText()).isEqualTo(name + " (cleaved)");
        assertThat(AuditReasons.of(demo, id, "EditSample")).containsExactly("Cracked during dicing");
    }

    @Test
    void theMaterialIsClearedByChangingItToNull() {
        String id = demoLab.newSample();
        String material = material(demoLab);
        demo.http.put(
                "/api/lims/samples/" + id, demoLab.token("engineer"), Map.of("material_id", change(null, material)));
        Http.Response cleared = demo.http.put(
                "/api/lims/samples/" + id, demoLab.token("engineer"), Map.of("material_id", change(material, null)));
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(sample(id).body().get("sample").get("material_id").isNull()).isTrue();
    }

    @Test
    void aBarcodeTakenInTheLabIsAConflictNamingTheSampleAndChangesNothing() {
        String holder = demoLab.newSample();
        String takenBarcode = sample(holder).body().get("sample").get("barcode").asText();
        String id = demoLab.newSample();
        String ownBarcode = sample(id).body().get("sample").get("barcode").asText();
        Http.Response response = demo.http.put(
                "/api/lims/samples/" + id,
                demoLab.token("engineer"),
                Map.of("barcode", change(ownBarcode, takenBarcode)));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("duplicate_barcode");
        assertThat(response.message())
                .isEqualTo("Barcode " + takenBarcode + " is already used by sample "
                        + sample(holder).body().get("sample").get("name").asText());
        assertThat(sample(id).body().get("sample").get("barcode").asText()).isEqualTo(ownBarcode);
    }

    @Test
    void anotherLabsMaterialIsNotFound() {
        String id = demoLab.newSample();
        String theirs = material(testOrg);
        Http.Response response = demo.http.put(
                "/api/lims/samples/" + id, demoLab.token("engineer"), Map.of("material_id", change(null, theirs)));
        assertThat(response.status()).isEqualTo(404);
        assertThat(sample(id).body().get("sample").get("material_id").isNull()).isTrue();
    }

    @Test
    void anotherLabsSampleIsNotFound() {
        String theirs = testOrg.newSample();
        Http.Response response = demo.http.put(
                "/api/lims/samples/" + theirs, demoLab.token("admin"), Map.of("notes", change(null, "mine now")));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aTechnicianMayNotEdit() {
        String id = demoLab.newSample();
        Http.Response response = demo.http.put(
                "/api/lims/samples/" + id, demoLab.token("tech"), Map.of("notes", change(null, "looked fine")));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        String id = demoLab.newSample();
        Http.Response response = demo.http.put(
                "/api/lims/samples/" + id, demoLab.token("engineer"), Map.of("status", change("received", "lost")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(sample(id).body().get("sample").get("status").asText()).isEqualTo("received");
    }
}
