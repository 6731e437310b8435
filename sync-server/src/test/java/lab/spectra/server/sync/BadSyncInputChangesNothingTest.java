package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

class BadSyncInputChangesNothingTest {

    private final SyncCalls sync = new SyncCalls();

    private long checkpoint() {
        return sync.pull("admin@demo.lab", 0, 5000).nextCheckpoint();
    }

    private void assertRefused(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.message()).isNotBlank();
    }

    @Test
    void malformedUnknownOrOversizedPushesAreRefusedWithoutWriting() {
        long before = checkpoint();
        String goodMeta = "\"meta\":{\"command_id\":\"" + Ids.newId() + "\",\"author_id\":\""
                + sync.userId("engineer@demo.lab") + "\",\"workstation_id\":\"" + sync.workstation
                + "\",\"authored_at\":\"2026-01-01T00:00:00Z\"}";

        assertRefused(sync.pushRaw("engineer@demo.lab", "{\"commands\": ["), 400, "malformed_json");
        assertRefused(
                sync.pushRaw("engineer@demo.lab", "{\"commands\": [{\"type\": \"drop_tables\"}]}"), 400, "wrong_type");
        assertRefused(
                sync.pushRaw(
                        "engineer@demo.lab",
                        "{\"commands\": [{\"type\": \"CreateSample\"," + goodMeta + ",\"sample_id\": 42}]}"),
                400,
                "wrong_type");
        assertRefused(sync.pushRaw("engineer@demo.lab", "{\"commands\": [null]}"), 400, "invalid_body");
        assertRefused(sync.pushRaw("engineer@demo.lab", "{\"commands\": [], \"extra\": 1}"), 400, "unknown_field");
        assertRefused(
                sync.pushRaw("engineer@demo.lab", "{\"commands\": [\"" + "x".repeat(70_000) + "\"]}"),
                413,
                "payload_too_large");

        assertThat(checkpoint()).isEqualTo(before);
    }

    @Test
    void pullParametersMustBeSensibleNumbers() {
        assertRefused(
                sync.demo.http.get("/sync/pull?after=-1", sync.token("viewer@demo.lab")), 400, "invalid_parameter");
        assertRefused(
                sync.demo.http.get("/sync/pull?after=abc", sync.token("viewer@demo.lab")), 400, "invalid_parameter");
        assertRefused(
                sync.demo.http.get("/sync/pull?limit=0", sync.token("viewer@demo.lab")), 400, "invalid_parameter");
        assertRefused(
                sync.demo.http.get("/sync/pull?limit=100000", sync.token("viewer@demo.lab")), 400, "invalid_parameter");
        assertThat(sync.demo.http.get("/sync/pull", null).status()).isEqualTo(401);
    }
}
