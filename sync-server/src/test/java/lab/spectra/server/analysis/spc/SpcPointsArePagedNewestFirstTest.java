package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * A series' points are listed newest first in chart order, a page at a time: each page goes on
 * after the last point of the one before, and every point says when its run was measured, when its
 * result was recorded and when the server received it.
 */
class SpcPointsArePagedNewestFirstTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    private JsonNode page(SpcTestSeries series, String query) {
        Http.Response response =
                demo.http.get("/api/analysis/spc/series/" + series.id() + "/points" + query, ids.token("viewer"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> idsOf(JsonNode page) {
        List<String> found = new ArrayList<>();
        page.get("items").forEach(point -> found.add(point.get("id").asText()));
        return found;
    }

    @Test
    void pagesGoFromTheNewestPointToTheOldest() {
        String instrument = ids.newCalibratedInstrument();
        SpcTestSeries series = SpcTestSeries.insert(
                demo, ids, instrument, SpcTestSeries.Shape.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)));
        List<String> newestFirst = new ArrayList<>(series.pointIds());
        Collections.reverse(newestFirst);

        JsonNode first = page(series, "?limit=3");
        JsonNode second =
                page(series, "?limit=3&before=" + first.get("next_cursor").asText());
        JsonNode last =
                page(series, "?limit=3&before=" + second.get("next_cursor").asText());

        assertThat(idsOf(first)).isEqualTo(newestFirst.subList(0, 3));
        assertThat(idsOf(second)).isEqualTo(newestFirst.subList(3, 6));
        assertThat(idsOf(last)).isEqualTo(newestFirst.subList(6, 7));
        assertThat(last.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void eachPointNamesItsRunResultValueAndItsThreeTimes() {
        String instrument = ids.newCalibratedInstrument();
        String run = SpcTestSeries.runOn(demo, ids, instrument);
        SpcTestSeries series = SpcTestSeries.insert(
                demo,
                ids,
                instrument,
                SpcTestSeries.Shape.of(List.of(0.41, 0.43)).withRuns(List.of(run)));

        JsonNode newest = page(series, "").get("items").get(0);

        assertThat(newest.get("id").asText()).isEqualTo(series.pointIds().get(1));
        assertThat(newest.get("run_id").asText()).isEqualTo(run);
        assertThat(newest.get("result_id").asText()).isNotBlank();
        assertThat(newest.get("value").asDouble()).isEqualTo(0.43);
        assertThat(newest.get("measured_at").asText())
                .isEqualTo(series.measuredAt().get(1).toString());
        assertThat(newest.get("recorded_at").asText())
                .isEqualTo(series.measuredAt().get(1).plusSeconds(60).toString());
        assertThat(newest.get("received_at").asText()).isNotBlank();
    }
}
