package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** A qualification the rules refuse is answered 422 with the reason, and nothing is written. */
class AQualificationThatExpiresBeforeItIsGrantedIsRefusedOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "test.org");

    private int viewersQualifications() {
        return demo.http
                .get("/api/lims/qualifications?limit=200&user_id=" + ids.userId("viewer"), ids.token("pi"))
                .body()
                .get("items")
                .size();
    }

    @Test
    void anExpiryBeforeTheGrantIs422AndRecordsNothing() {
        int before = viewersQualifications();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("user_id", ids.userId("viewer"));
        body.put("instrument_kind", "smu");
        body.put("sop_id", ids.newApprovedSop());
        body.put("qualified_at", now.minusSeconds(60).toString());
        body.put("expires_at", now.minusSeconds(120).toString());

        Http.Response response = demo.http.post("/api/lims/qualifications", ids.token("pi"), body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("invalid_input");
        assertThat(response.message()).isEqualTo("A qualification must expire after it was granted");
        assertThat(viewersQualifications()).isEqualTo(before);
    }

    @Test
    void anUnknownInstrumentKindIsABadRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("user_id", ids.userId("viewer"));
        body.put("instrument_kind", "flux-capacitor");
        body.put("sop_id", ids.newApprovedSop());

        Http.Response response = demo.http.post("/api/lims/qualifications", ids.token("pi"), body);

        assertThat(response.status()).isBetween(400, 422);
        assertThat(response.code()).isNotBlank();
    }
}
