package lab.spectra.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.server.http.ApiRoutes;
import org.junit.jupiter.api.Test;

class TheMetricsEndpointIsNotInThePublicOpenApiDocumentTest {

    private final MeteredServer metered = MeteredServer.get();

    @Test
    void neitherTheDocumentNorTheRegisteredRoutesOfAServerWithMetricsNameThem() {
        JsonNode document = metered.server.http.get("/openapi.json", null).body();
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).isNotEmpty().contains("/api/lims/samples").noneMatch(path -> path.contains("metrics"));
        assertThat(metered.server.server.routes())
                .extracting(ApiRoutes.Route::path)
                .noneMatch(path -> path.contains("metrics"));
    }
}
