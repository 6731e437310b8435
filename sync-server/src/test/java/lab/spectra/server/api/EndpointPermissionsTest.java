package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, called by every role, answers as the permission table says: allowed roles get
 * a 2xx, the others 403 with code not_permitted. Each call gets fresh records where it would
 * consume them (a draft to approve, a run to finish).
 */
class EndpointPermissionsTest {

    private static final List<String> ROLES = List.of("viewer", "tech", "engineer", "pi", "admin");

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    /** A request to make; built fresh for every attempt. */
    private record Call(String method, String path, Object body) {}

    /** Write endpoints and the weakest role allowed, written out as the expected table. */
    private Map<String, Map.Entry<String, Supplier<Call>>> writes() {
        Map<String, Map.Entry<String, Supplier<Call>>> writes = new LinkedHashMap<>();
        writes.put(
                "create sample",
                Map.entry(
                        "engineer",
                        () -> new Call(
                                "POST",
                                "/api/lims/samples",
                                Map.of("name", "P", "barcode", "P-" + UUID.randomUUID()))));
        writes.put(
                "create wafer",
                Map.entry(
                        "engineer",
                        () -> new Call(
                                "POST", "/api/lims/wafers", Map.of("sample_id", ids.newSample(), "label", "W"))));
        writes.put(
                "create device",
                Map.entry(
                        "engineer",
                        () -> new Call("POST", "/api/lims/devices", Map.of("wafer_id", ids.newWafer(), "name", "D"))));
        writes.put(
                "edit device",
                Map.entry(
                        "engineer",
                        () -> new Call(
                                "PUT",
                                "/api/lims/devices/" + ids.newDevice(),
                                Map.of("name", Map.of("from", "D-test", "to", "D-renamed")))));
        writes.put(
                "draft recipe",
                Map.entry(
                        "engineer",
                        () -> new Call(
                                "POST",
                                "/api/lims/recipes",
                                Map.of("name", "R", "instrument_kind", "smu", "parameters", Map.of()))));
        writes.put(
                "approve recipe",
                Map.entry(
                        "pi",
                        () -> new Call(
                                "POST",
                                "/api/lims/recipes/" + ids.newDraftRecipe() + "/approve",
                                Map.of("expected_row_version", 1))));
        writes.put(
                "retire recipe",
                Map.entry(
                        "pi",
                        () -> new Call(
                                "POST",
                                "/api/lims/recipes/" + ids.newApprovedRecipe() + "/retire",
                                Map.of("reason", "superseded", "expected_row_version", 2))));
        writes.put(
                "record custody",
                Map.entry(
                        "tech",
                        () -> new Call(
                                "POST",
                                "/api/lims/custody",
                                Map.of(
                                        "sample_id",
                                        ids.newSample(),
                                        "from_custodian",
                                        "Receiving",
                                        "to_custodian",
                                        "Bench 2"))));
        writes.put(
                "write notebook entry",
                Map.entry(
                        "tech",
                        () -> new Call("POST", "/api/lims/eln", Map.of("title", "Note", "body_markdown", "text"))));
        writes.put(
                "draft SOP",
                Map.entry(
                        "engineer",
                        () -> new Call("POST", "/api/lims/sops", Map.of("title", "SOP", "body_markdown", "steps"))));
        writes.put(
                "approve SOP",
                Map.entry(
                        "pi",
                        () -> new Call(
                                "POST",
                                "/api/lims/sops/" + ids.newDraftSop() + "/approve",
                                Map.of("expected_row_version", 1))));
        writes.put(
                "retire SOP",
                Map.entry(
                        "pi",
                        () -> new Call(
                                "POST",
                                "/api/lims/sops/" + ids.newApprovedSop() + "/retire",
                                Map.of("reason", "replaced", "expected_row_version", 2))));
        writes.put("record qualification", Map.entry("pi", () -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new Call(
                    "POST",
                    "/api/lims/qualifications",
                    Map.of(
                            "user_id",
                            ids.userId("tech"),
                            "instrument_kind",
                            "smu",
                            "sop_id",
                            ids.newApprovedSop(),
                            "qualified_at",
                            now.minusSeconds(60).toString(),
                            "expires_at",
                            now.plusSeconds(86_400).toString()));
        }));
        writes.put(
                "revoke qualification",
                Map.entry(
                        "pi",
                        () -> new Call(
                                "POST",
                                "/api/lims/qualifications/" + ids.newQualification() + "/revoke",
                                Map.of("reason", "retraining due"))));
        writes.put(
                "start run",
                Map.entry(
                        "tech",
                        () -> new Call(
                                "POST",
                                "/api/analysis/runs",
                                Map.of(
                                        "recipe_id",
                                        ids.approvedRecipeFor("smu"),
                                        "instrument_id",
                                        ids.instrument("SMU-01"),
                                        "sample_id",
                                        ids.newSample()))));
        writes.put(
                "record result",
                Map.entry(
                        "tech",
                        () -> new Call(
                                "POST",
                                "/api/analysis/runs/" + ids.newRunningRun() + "/results",
                                Map.of("quantity", "Vth", "value", 0.41, "unit", "V"))));
        writes.put(
                "finish run",
                Map.entry(
                        "tech", () -> new Call("POST", "/api/analysis/runs/" + ids.newRunningRun() + "/finish", null)));
        writes.put(
                "abort run",
                Map.entry(
                        "tech",
                        () -> new Call(
                                "POST",
                                "/api/analysis/runs/" + ids.newRunningRun() + "/abort",
                                Map.of("reason", "probe broke"))));
        writes.put(
                "register instrument",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/instruments",
                                Map.of(
                                        "name",
                                        "AFM-" + UUID.randomUUID().toString().substring(0, 8),
                                        "kind",
                                        "afm"))));
        writes.put("record calibration", Map.entry("admin", () -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new Call(
                    "POST",
                    "/api/analysis/calibrations",
                    Map.of(
                            "instrument_id",
                            ids.instrument("SEM-01"),
                            "certificate_number",
                            "C-" + UUID.randomUUID(),
                            "issued_at",
                            now.minusSeconds(3600).toString(),
                            "expires_at",
                            now.plus(400, ChronoUnit.DAYS).toString()));
        }));
        writes.put(
                "revoke calibration",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/calibrations/" + ids.newCalibration() + "/revoke",
                                Map.of("reason", "drift"))));
        writes.put("edit instrument", Map.entry("admin", () -> {
            String instrument = ids.newCalibratedInstrument();
            return new Call(
                    "PUT",
                    "/api/analysis/instruments/" + instrument,
                    Map.of("name", "SMU-E" + instrument.substring(0, 8), "kind", "smu", "location", "Bay 1"));
        }));
        writes.put(
                "change instrument status",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/instruments/" + ids.newCalibratedInstrument() + "/status",
                                Map.of("status", "under_maintenance"))));
        writes.put(
                "plan maintenance",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/instruments/" + ids.newCalibratedInstrument() + "/maintenance/tasks",
                                Map.of(
                                        "name",
                                        "Clean the chuck",
                                        "interval_days",
                                        30,
                                        "first_due_at",
                                        Instant.now().plus(7, ChronoUnit.DAYS).toString()))));
        writes.put(
                "record maintenance",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/instruments/" + ids.newCalibratedInstrument() + "/maintenance",
                                Map.of(
                                        "performed_at",
                                        Instant.now().minusSeconds(600).toString(),
                                        "description",
                                        "Chuck cleaned"))));
        writes.put(
                "record requalification",
                Map.entry(
                        "admin",
                        () -> new Call(
                                "POST",
                                "/api/analysis/instruments/" + ids.newCalibratedInstrument() + "/requalifications",
                                Map.of(
                                        "performed_at",
                                        Instant.now().minusSeconds(600).toString(),
                                        "summary",
                                        "OQ passed"))));
        return writes;
    }

    private static final List<String> READS = List.of(
            "/auth/me",
            "/api/lims/samples",
            "/api/lims/devices",
            "/api/lims/recipes",
            "/api/lims/eln",
            "/api/lims/sops",
            "/api/lims/qualifications",
            "/api/lims/custody",
            "/api/analysis/runs",
            "/api/analysis/instruments",
            "/api/analysis/calibrations",
            "/api/analysis/calibrations/status");

    private Http.Response call(Call call, String role) {
        String body = call.body() == null ? null : demo.http.json(call.body());
        return demo.http.send(call.method(), call.path(), ids.token(role), body);
    }

    @Test
    void everyWriteEndpointAllowsExactlyTheRolesOfThePermissionTable() {
        List<String> mismatches = new ArrayList<>();
        writes().forEach((name, rule) -> {
            int weakest = ROLES.indexOf(rule.getKey());
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                Http.Response response = call(rule.getValue().get(), role);
                boolean allowed = i >= weakest;
                boolean asExpected = allowed
                        ? response.status() / 100 == 2
                        : response.status() == 403 && response.code().equals("not_permitted");
                if (!asExpected) {
                    mismatches.add(name + " as " + role + ": expected " + (allowed ? "2xx" : "403") + " but got "
                            + response.status() + " " + response.body());
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRoleMayReadEveryList() {
        List<String> mismatches = new ArrayList<>();
        for (String path : READS) {
            for (String role : ROLES) {
                Http.Response response = demo.http.get(path, ids.token(role));
                if (response.status() != 200) {
                    mismatches.add(path + " as " + role + ": " + response.status() + " " + response.body());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void signingNeedsTheSignersPasswordAndApprovalNeedsAPi() {
        String entry = ids.newElnEntry();
        Http.Response wrongPassword = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("tech"),
                Map.of("meaning", "authored", "password", "not-my-password", "expected_row_version", 1));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("reauthentication_failed");

        Http.Response signed = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("tech"),
                Map.of("meaning", "authored", "password", "tech123", "expected_row_version", 1));
        assertThat(signed.status()).isEqualTo(201);
        assertThat(signed.body().get("signer_name").asText()).isEqualTo("Tess Technician");
        assertThat(signed.body().get("content_sha256").asText()).hasSize(64);

        Http.Response approvedByTech = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("tech"),
                Map.of("meaning", "approved", "password", "tech123", "expected_row_version", 1));
        assertThat(approvedByTech.status()).isEqualTo(403);

        Http.Response approvedByPi = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("pi"),
                Map.of("meaning", "approved", "password", "pi123", "expected_row_version", 1));
        assertThat(approvedByPi.status()).isEqualTo(201);
    }

    @Test
    void withoutATokenEveryApiEndpointAnswers401() {
        for (String path : READS) {
            Http.Response response = demo.http.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.code()).as(path).isEqualTo("not_authenticated");
        }
        assertThat(demo.http
                        .post("/api/lims/samples", null, Map.of("name", "x", "barcode", "y"))
                        .status())
                .isEqualTo(401);
    }
}
