package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.PullResponse;
import org.junit.jupiter.api.Test;

class PullServesOnlyTheCallersOrganizationTest {

    private final SyncCalls sync = new SyncCalls();

    @Test
    void everyPulledRowBelongsToTheCallersOrganizationAndNoServerSecretsTravel() {
        String demoLab = sync.demo
                .http
                .get("/auth/me", sync.token("viewer@demo.lab"))
                .body()
                .get("organization")
                .get("id")
                .asText();
        String testOrg = sync.demo
                .http
                .get("/auth/me", sync.token("viewer@test.org"))
                .body()
                .get("organization")
                .get("id")
                .asText();

        PullResponse pulled = sync.pull("viewer@test.org", 0, 5000);

        assertThat(pulled.changes()).isNotEmpty();
        assertThat(pulled.changes())
                .extracting(ChangeEnvelope::table)
                .contains("users", "organizations", "samples", "instruments", "calibrations", "runs")
                .doesNotContain("audit_log", "api_keys");
        for (ChangeEnvelope change : pulled.changes()) {
            String owner = change.table().equals("organizations")
                    ? change.data().get("id").asText()
                    : change.data().get("organization_id").asText();
            assertThat(owner)
                    .as(change.table() + " " + change.id())
                    .isEqualTo(testOrg)
                    .isNotEqualTo(demoLab);
            assertThat(change.data().has("password_hash")).isFalse();
        }
    }
}
