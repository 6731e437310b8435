package lab.spectra.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

class TheMetricsAreServedOnlyOnALoopbackPortOfTheirOwnTest {

    private final MeteredServer metered = MeteredServer.get();

    @Test
    void theApiPortDoesNotServeMetricsEvenToASignedInCaller() {
        Http.Response response = metered.server.http.get("/metrics", metered.token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void theMetricsPortIsOnLoopbackAndIsNotTheApiPort() {
        URI metrics = metered.server.server.metricsUri().orElseThrow();

        assertThat(metrics.getHost()).isEqualTo("127.0.0.1");
        assertThat(metrics.getPort()).isNotEqualTo(metered.server.server.port());
    }

    @Test
    void theMetricsPortServesNothingButTheMetrics() {
        URI metrics = metered.server.server.metricsUri().orElseThrow();

        Scrape api = Scrape.of(metrics.resolve("/api/lims/samples"));
        Scrape document = Scrape.of(metrics.resolve("/openapi.json"));

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.text()).contains("\"code\":\"not_found\"");
        assertThat(document.status()).isEqualTo(404);
    }

    @Test
    void aScraperThatAsksForOpenMetricsGetsIt() {
        Scrape scrape = Scrape.get(
                metered.server.server.metricsUri().orElseThrow(),
                Map.of("Accept", "application/openmetrics-text; version=1.0.0,text/plain;version=0.0.4;q=0.5"));

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("application/openmetrics-text");
        assertThat(scrape.text()).endsWith("# EOF\n");
    }
}
