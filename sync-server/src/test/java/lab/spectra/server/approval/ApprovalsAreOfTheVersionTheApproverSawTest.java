package lab.spectra.server.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * An approval, retirement or signature names the row version its author looked at; if the record
 * changed since, it is refused and nothing is decided; naming none is refused as incomplete.
 */
class ApprovalsAreOfTheVersionTheApproverSawTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final BenchEdits edits = new BenchEdits(demo, ids);

    private String draft(String name) {
        return ids.created(demo.http.post(
                "/api/lims/recipes",
                ids.token("engineer"),
                Map.of("name", name, "instrument_kind", "smu", "parameters", Map.of("step_v", 0.1))));
    }

    private Http.Response approve(String recipe, Object body) {
        return demo.http.post("/api/lims/recipes/" + recipe + "/approve", ids.token("pi"), body);
    }

    @Test
    void aDraftChangedAfterThePiOpenedItIsAConflictAndIsNotApproved() {
        String name = "CV sweep " + UUID.randomUUID().toString().substring(0, 8);
        String recipe = draft(name);
        edits.renameRecipeDraft("engineer", recipe, name, name + " (fine)");

        Http.Response stale = approve(recipe, Map.of("expected_row_version", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict");
        assertThat(stale.message())
                .isEqualTo("Recipe " + name + " (fine) v1 was changed after you opened it; look at the current"
                        + " version before you approve it");
        assertThat(stale.body().get("current").get("row_version").asLong()).isEqualTo(2);
        assertThat(stale.body().get("current").get("status").asText()).isEqualTo("draft");

        assertThat(approve(recipe, Map.of("expected_row_version", 2)).status()).isEqualTo(200);
        assertThat(approvedRowVersions(recipe)).isEqualTo("2");
    }

    @Test
    void anApprovalThatNamesNoVersionIsA422AndApprovesNothing() {
        String recipe = draft("Transfer curve " + UUID.randomUUID().toString().substring(0, 8));

        Http.Response withoutVersion = approve(recipe, Map.of("comment", "looks fine"));
        Http.Response withoutBody = demo.http.post("/api/lims/recipes/" + recipe + "/approve", ids.token("pi"), "");

        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.code()).isEqualTo("invalid_input");
        assertThat(withoutVersion.message()).contains("expected_row_version");
        assertThat(withoutBody.status()).isEqualTo(422);
        assertThat(approvedRowVersions(recipe)).isEmpty();
        assertThat(approve(recipe, Map.of("expected_row_version", 1)).status()).isEqualTo(200);
    }

    @Test
    void retiringAnSopWithTheVersionSeenBeforeItWasApprovedIsAConflict() {
        String sop = ids.newApprovedSop();

        Http.Response stale = demo.http.post(
                "/api/lims/sops/" + sop + "/retire",
                ids.token("pi"),
                Map.of("reason", "replaced", "expected_row_version", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict");
        assertThat(stale.body().get("current").get("status").asText()).isEqualTo("approved");
    }

    @Test
    void signingAnEntryWithAnOutdatedVersionIsRefusedAndSigningWithoutOneIsA422() {
        String entry = ids.newElnEntry();
        edits.rewriteEntry("tech", entry, "Leakage rose after anneal", "Leakage rose after the 400 C anneal");

        Http.Response stale = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("pi"),
                Map.of("meaning", "approved", "password", "pi123", "expected_row_version", 1));
        Http.Response unnamed = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("pi"),
                Map.of("meaning", "approved", "password", "pi123"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("signed_content_changed");
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.message()).contains("expected_row_version");
        Http.Response current = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token("pi"),
                Map.of("meaning", "approved", "password", "pi123", "expected_row_version", 2));
        assertThat(current.status()).isEqualTo(201);
    }

    /** The row versions the recipe's approvals name, as stored, comma-separated. */
    private String approvedRowVersions(String recipe) {
        try (Connection owner = demo.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT string_agg(recipe_row_version::text, ',') FROM recipe_approvals WHERE recipe_id = ?")) {
            select.setObject(1, UUID.fromString(recipe));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1) == null ? "" : row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
