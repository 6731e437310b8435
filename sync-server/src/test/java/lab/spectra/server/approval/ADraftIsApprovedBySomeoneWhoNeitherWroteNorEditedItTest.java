package lab.spectra.server.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes over HTTP and PostgreSQL: a PI who edited an engineer's recipe draft (from a bench,
 * through sync) is refused when approving it; someone who did not touch it may approve it.
 */
class ADraftIsApprovedBySomeoneWhoNeitherWroteNorEditedItTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final BenchEdits edits = new BenchEdits(demo, ids);

    @Test
    void aPiWhoEditedAnEngineersDraftIsRefusedAndTheAdminMayApproveIt() {
        String name = "CV sweep " + UUID.randomUUID().toString().substring(0, 8);
        String draft = ids.created(demo.http.post(
                "/api/lims/recipes",
                ids.token("engineer"),
                Map.of("name", name, "instrument_kind", "smu", "parameters", Map.of("step_v", 0.1))));
        edits.renameRecipeDraft("pi", draft, name, name + " (fine)");

        Http.Response byTheEditor = demo.http.post(
                "/api/lims/recipes/" + draft + "/approve", ids.token("pi"), Map.of("expected_row_version", 2));

        assertThat(byTheEditor.status()).isEqualTo(409);
        assertThat(byTheEditor.code()).isEqualTo("editor_approval");
        assertThat(byTheEditor.message())
                .isEqualTo("You edited recipe " + name + " (fine) v1; another PI or admin has to approve it");

        Http.Response bySomeoneElse = demo.http.post(
                "/api/lims/recipes/" + draft + "/approve", ids.token("admin"), Map.of("expected_row_version", 2));

        assertThat(bySomeoneElse.status()).isEqualTo(200);
        assertThat(bySomeoneElse.body().get("status").asText()).isEqualTo("approved");
        assertThat(bySomeoneElse.body().get("approved_by").asText()).isEqualTo(edits.userId("admin"));
    }
}
