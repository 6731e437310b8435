package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The SPC routes answer bad input with a clear 4xx and {code, message}, never a 500: malformed
 * JSON, values of the wrong type, unknown fields, parameters out of range, and another lab's series
 * or alert, which is simply not found.
 */
class SpcRoutesRefuseBadInputAndOtherLabsIdsTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final DemoIds otherLab = new DemoIds(demo, "test.org");

    private static void assertRefused(Http.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.code()).isNotBlank();
        assertThat(response.message()).isNotBlank();
    }

    private SpcTestSeries theirSeries() {
        return SpcTestSeries.insert(
                demo,
                otherLab,
                otherLab.instrument("SMU-01"),
                SpcTestSeries.Shape.of(List.of(1.0, 2.0)).withLimits(1.5, 0.5));
    }

    @Test
    void anotherLabsSeriesIsNotFoundOnEveryRoute() {
        String theirs = "/api/analysis/spc/series/" + theirSeries().id();
        String pi = ids.token("pi");

        assertRefused(demo.http.get(theirs, pi), 404);
        assertRefused(demo.http.get(theirs + "/points", pi), 404);
        assertRefused(demo.http.get(theirs + "/chart", pi), 404);
        assertRefused(demo.http.get(theirs + "/limits/proposal", pi), 404);
        assertRefused(
                demo.http.put(theirs, ids.token("engineer"), Map.of("name", "Mine now", "expected_row_version", 1)),
                404);
        assertRefused(
                demo.http.post(theirs + "/limits", pi, Map.of("password", "pi-demo", "content_sha256", "0".repeat(64))),
                404);
        assertThat(demo.http.get(theirs, otherLab.token("viewer")).status()).isEqualTo(200);
    }

    @Test
    void anotherLabsSeriesIsNotInTheListFilteredByItsInstrument() {
        SpcTestSeries theirs = theirSeries();

        Http.Response response =
                demo.http.get("/api/analysis/spc/series?instrument_id=" + theirs.instrumentId(), ids.token("viewer"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items")).isEmpty();
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAreBadRequests() {
        String engineer = ids.token("engineer");

        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "{\"name\": "), 400);
        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "{\"subgroup_size\": \"five\"}"), 400);
        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "{\"instrument_id\": 42}"), 400);
        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "{\"chart_type\": \"pie\"}"), 400);
        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "{\"colour\": \"red\"}"), 400);
        assertRefused(demo.http.post("/api/analysis/spc/series", engineer, "[]"), 400);
        String ours = "/api/analysis/spc/series/"
                + SpcTestSeries.insert(demo, ids, ids.newCalibratedInstrument(), SpcTestSeries.Shape.of(List.of(1.0)))
                        .id();
        assertRefused(demo.http.put(ours, engineer, "{\"enabled_rules\": \"all\"}"), 400);
        assertRefused(demo.http.put(ours, engineer, "{\"expected_row_version\": 1, \"extra\": true}"), 400);
        assertRefused(demo.http.post(ours + "/limits", ids.token("pi"), "{\"password\": [\"pi\"]}"), 400);
        assertRefused(
                demo.http.post(
                        "/api/analysis/spc/alerts/" + UUID.randomUUID() + "/acknowledge", engineer, "{\"reason\": "),
                404);
    }

    @Test
    void queryParametersOutOfRangeAreBadRequests() {
        String viewer = ids.token("viewer");
        SpcTestSeries series = SpcTestSeries.insert(
                demo, ids, ids.newCalibratedInstrument(), SpcTestSeries.Shape.of(List.of(1.0, 2.0)));
        SpcTestSeries other = SpcTestSeries.insert(
                demo, ids, ids.newCalibratedInstrument(), SpcTestSeries.Shape.of(List.of(1.0, 2.0)));
        String path = "/api/analysis/spc/series/" + series.id();

        assertRefused(demo.http.get(path + "/chart?last=0", viewer), 400);
        assertRefused(demo.http.get(path + "/chart?last=10001", viewer), 400);
        assertRefused(demo.http.get(path + "/chart?last=many", viewer), 400);
        assertRefused(demo.http.get(path + "/points?limit=0", viewer), 400);
        assertRefused(demo.http.get(path + "/points?before=yesterday", viewer), 400);
        assertRefused(demo.http.get(path + "/points?before=" + other.pointIds().get(0), viewer), 400);
        assertRefused(demo.http.get(path + "/limits/proposal?baseline_size=lots", viewer), 400);
        assertRefused(demo.http.get(path + "/limits/proposal?first_point_id=first", viewer), 400);
        assertRefused(demo.http.get("/api/analysis/spc/alerts?status=closed", viewer), 400);
        assertRefused(demo.http.get("/api/analysis/spc/alerts?series_id=s1", viewer), 400);
        assertRefused(demo.http.get("/api/analysis/spc/alerts?cursor=" + series.id(), viewer), 400);
        assertRefused(demo.http.get("/api/analysis/spc/series?instrument_id=smu", viewer), 400);
        assertRefused(demo.http.get("/api/analysis/spc/series/not-an-id/chart", viewer), 404);
    }

    @Test
    void aBaselineTooShortIsRefusedInWords() {
        SpcTestSeries series = SpcTestSeries.insert(
                demo, ids, ids.newCalibratedInstrument(), SpcTestSeries.Shape.of(List.of(1.0, 2.0, 1.5)));

        Http.Response response =
                demo.http.get("/api/analysis/spc/series/" + series.id() + "/limits/proposal", ids.token("viewer"));

        assertRefused(response, 409);
        assertThat(response.code()).isEqualTo("baseline_not_usable");
        assertThat(response.message()).contains("has 3 points");
    }
}
