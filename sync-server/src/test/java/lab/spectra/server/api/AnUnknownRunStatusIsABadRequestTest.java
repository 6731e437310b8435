package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** A run status the lab does not have is a mistake to point out, not a filter that matches nothing. */
class AnUnknownRunStatusIsABadRequestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    @Test
    void listingRunsByAStatusThatDoesNotExistIsRefusedNamingTheOnesThatDo() {
        Http.Response response = demo.http.get("/api/analysis/runs?status=paused", ids.token("viewer"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("invalid_parameter");
        assertThat(response.message()).contains("planned", "running", "finished", "aborted", "blocked");
    }
}
