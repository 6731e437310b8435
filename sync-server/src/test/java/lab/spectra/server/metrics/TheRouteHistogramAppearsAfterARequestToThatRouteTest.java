package lab.spectra.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.model.id.Ids;
import org.junit.jupiter.api.Test;

class TheRouteHistogramAppearsAfterARequestToThatRouteTest {

    private static final String COUNT = "http_server_requests_seconds_count";
    private static final String BUCKET = "http_server_requests_seconds_bucket";

    private final MeteredServer metered = MeteredServer.get();

    @Test
    void aListRequestIsCountedInItsRoutesHistogramInPrometheusText() {
        Map<String, String> listed = Map.of("method", "GET", "route", "/api/lims/samples", "status", "2xx");
        double before = metered.scrape().value(COUNT, listed);

        assertThat(metered.server
                        .http
                        .get("/api/lims/samples?limit=10", metered.token)
                        .status())
                .isEqualTo(200);

        Scrape after = metered.scrape();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(after.value(COUNT, listed)).isEqualTo(before + 1);
        assertThat(after.samples(BUCKET, listed))
                .as("a histogram: buckets from 1 ms to 10 s and +Inf")
                .anyMatch(line -> line.contains("le=\"0.001\""))
                .anyMatch(line -> line.contains("le=\"10.0\""));
        assertThat(after.value(
                        BUCKET, Map.of("method", "GET", "route", "/api/lims/samples", "status", "2xx", "le", "+Inf")))
                .isEqualTo(before + 1);
    }

    @Test
    void aRequestForOneRecordIsCountedUnderItsRouteTemplateNotItsPath() {
        String unknown = Ids.newId().toString();
        Map<String, String> oneSample = Map.of("method", "GET", "route", "/api/lims/samples/{id}", "status", "4xx");
        double before = metered.scrape().value(COUNT, oneSample);

        assertThat(metered.server
                        .http
                        .get("/api/lims/samples/" + unknown, metered.token)
                        .status())
                .isEqualTo(404);

        Scrape after = metered.scrape();
        assertThat(after.value(COUNT, oneSample)).isEqualTo(before + 1);
        assertThat(after.text()).doesNotContain(unknown);
    }

    @Test
    void aPathThatMatchesNoRouteIsCountedAsUnmatchedWithoutThePath() {
        Map<String, String> unmatched = Map.of("method", "GET", "route", "UNMATCHED", "status", "4xx");
        double before = metered.scrape().value(COUNT, unmatched);
        String made = "/no-such-place-" + Ids.newId();

        assertThat(metered.server.http.get(made, metered.token).status()).isEqualTo(404);

        Scrape after = metered.scrape();
        assertThat(after.value(COUNT, unmatched)).isEqualTo(before + 1);
        assertThat(after.text()).doesNotContain(made);
    }
}
