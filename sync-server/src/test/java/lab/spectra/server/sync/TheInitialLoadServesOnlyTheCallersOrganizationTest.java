package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

class TheInitialLoadServesOnlyTheCallersOrganizationTest {

    private final DemoServer demo = DemoServer.get();
    private final StreamedCalls streams = new StreamedCalls(demo.server.baseUri());

    private String organizationOf(String email) {
        return demo.http
                .get("/auth/me", demo.token(email))
                .body()
                .get("organization")
                .get("id")
                .asText();
    }

    @Test
    void everyLoadedRowIsTheCallersOrganizationsAndNoServerOnlyTableOrColumnTravels() {
        String testOrg = organizationOf("viewer@test.org");
        String demoLab = organizationOf("viewer@demo.lab");

        List<JsonNode> lines = streams.lines("/sync/initial-load", demo.token("viewer@test.org"));

        JsonNode start = lines.get(0);
        JsonNode end = lines.get(lines.size() - 1);
        List<JsonNode> rows = lines.subList(1, lines.size() - 1);
        assertThat(start.get("checkpoint").asLong()).isPositive();
        assertThat(end.get("rows").asLong()).isEqualTo(rows.size());
        assertThat(rows)
                .extracting(row -> row.get("table").asText())
                .contains("organizations", "users", "samples", "instruments", "calibrations", "runs")
                .doesNotContain("audit_log", "api_keys");
        for (JsonNode row : rows) {
            JsonNode data = row.get("data");
            String owner = row.get("table").asText().equals("organizations")
                    ? data.get("id").asText()
                    : data.get("organization_id").asText();
            assertThat(owner).as(row.toString()).isEqualTo(testOrg).isNotEqualTo(demoLab);
            assertThat(data.has("password_hash")).isFalse();
        }
    }

    @Test
    void theInitialLoadIsForSignedInPeopleOnly() {
        assertThat(streams.answer("/sync/initial-load", null, "application/x-ndjson")
                        .status())
                .isEqualTo(401);
    }
}
