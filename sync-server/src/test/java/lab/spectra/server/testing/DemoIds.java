package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Finds demo records through the API and makes fresh ones for tests that consume them (a draft
 * to approve, a running run to finish), always as the role that may make them.
 */
public final class DemoIds {

    private final DemoServer demo;
    private final String domain;

    public DemoIds(DemoServer demo, String domain) {
        this.demo = demo;
        this.domain = domain;
    }

    public String token(String person) {
        return demo.token(person + "@" + domain);
    }

    private JsonNode items(String path) {
        Http.Response response = demo.http.get(path, token("admin"));
        if (response.status() != 200) {
            throw new IllegalStateException(path + " answered " + response.status() + " " + response.body());
        }
        return response.body().get("items");
    }

    public String instrument(String name) {
        for (JsonNode instrument : items("/api/analysis/instruments?limit=200")) {
            if (instrument.get("name").asText().equals(name)) {
                return instrument.get("id").asText();
            }
        }
        throw new IllegalStateException("No instrument " + name);
    }

    public String recipe(String status) {
        return items("/api/lims/recipes?status=" + status).get(0).get("id").asText();
    }

    public String approvedRecipeFor(String kind) {
        for (JsonNode recipe : items("/api/lims/recipes?status=approved&limit=200")) {
            if (recipe.get("instrument_kind").asText().equals(kind)) {
                return recipe.get("id").asText();
            }
        }
        throw new IllegalStateException("No approved recipe for " + kind);
    }

    public String sample() {
        return items("/api/lims/samples?limit=1").get(0).get("id").asText();
    }

    public String created(Http.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Setup request failed: " + response.status() + " " + response.body());
        }
        return response.body().get("id").asText();
    }

    public String newSample() {
        String barcode = "T-" + UUID.randomUUID().toString().substring(0, 13);
        return created(demo.http.post(
                "/api/lims/samples", token("engineer"), Map.of("name", "Test sample " + barcode, "barcode", barcode)));
    }

    public String newWafer() {
        return created(demo.http.post(
                "/api/lims/wafers", token("engineer"), Map.of("sample_id", newSample(), "label", "W-test")));
    }

    public String newDevice() {
        return created(demo.http.post(
                "/api/lims/devices", token("engineer"), Map.of("wafer_id", newWafer(), "name", "D-test")));
    }

    public String newDraftRecipe() {
        return created(demo.http.post(
                "/api/lims/recipes",
                token("engineer"),
                Map.of("name", "Draft " + UUID.randomUUID(), "instrument_kind", "smu", "parameters", Map.of())));
    }

    public String newApprovedRecipe() {
        String recipe = newDraftRecipe();
        created(demo.http.post(
                "/api/lims/recipes/" + recipe + "/approve", token("pi"), Map.of("expected_row_version", 1)));
        return recipe;
    }

    public String newDraftSop() {
        return created(demo.http.post(
                "/api/lims/sops",
                token("engineer"),
                Map.of("title", "SOP " + UUID.randomUUID(), "body_markdown", "1. Do it")));
    }

    public String newApprovedSop() {
        String sop = newDraftSop();
        created(demo.http.post("/api/lims/sops/" + sop + "/approve", token("pi"), Map.of("expected_row_version", 1)));
        return sop;
    }

    /** The id of one of the demo people (admin, pi, engineer, tech, viewer). */
    public String userId(String person) {
        return demo.http.get("/auth/me", token(person)).body().get("id").asText();
    }

    /** A fresh qualification of the technician on an SMU, recorded by the PI. */
    public String newQualification() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("user_id", userId("tech"));
        body.put("instrument_kind", "smu");
        body.put("sop_id", newApprovedSop());
        body.put("qualified_at", now.minusSeconds(3600).toString());
        body.put("expires_at", now.plusSeconds(86_400 * 30L).toString());
        return created(demo.http.post("/api/lims/qualifications", token("pi"), body));
    }

    public String newElnEntry() {
        return created(demo.http.post(
                "/api/lims/eln",
                token("tech"),
                Map.of("title", "Observation", "body_markdown", "Leakage rose after anneal")));
    }

    public String newRunningRun() {
        return created(demo.http.post(
                "/api/analysis/runs",
                token("tech"),
                Map.of(
                        "recipe_id",
                        approvedRecipeFor("smu"),
                        "instrument_id",
                        instrument("SMU-01"),
                        "sample_id",
                        newSample())));
    }

    /** An instrument with its own valid certificate, which a test may revoke without harm. */
    public String newCalibration() {
        String instrument = created(demo.http.post(
                "/api/analysis/instruments",
                token("admin"),
                Map.of("name", "SMU-T" + UUID.randomUUID().toString().substring(0, 8), "kind", "smu")));
        return newCalibrationOf(instrument);
    }

    /** A new SMU of this lab with a certificate in force, so runs start on it until something holds it. */
    public String newCalibratedInstrument() {
        String instrument = created(demo.http.post(
                "/api/analysis/instruments",
                token("admin"),
                Map.of(
                        "name",
                        "SMU-Q" + UUID.randomUUID().toString().substring(0, 8),
                        "kind",
                        "smu",
                        "location",
                        "Bay 1")));
        newCalibrationOf(instrument);
        return instrument;
    }

    private String newCalibrationOf(String instrument) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return created(demo.http.post(
                "/api/analysis/calibrations",
                token("admin"),
                Map.of(
                        "instrument_id",
                        instrument,
                        "certificate_number",
                        "C-" + UUID.randomUUID(),
                        "issued_at",
                        now.minus(10, ChronoUnit.DAYS).toString(),
                        "expires_at",
                        now.plus(300, ChronoUnit.DAYS).toString())));
    }
}
