package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Alerts are listed newest first, open or acknowledged, of one series or all, a page at a time; an
 * engineer acknowledges one with a reason, once: a second acknowledgement is a conflict, and a
 * technician may not acknowledge at all.
 */
class SpcAlertsAreListedAndAcknowledgedOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private SpcTestSeries series() {
        return SpcTestSeries.insert(
                demo,
                ids,
                ids.newCalibratedInstrument(),
                SpcTestSeries.Shape.of(List.of(1.0, 2.0, 3.0, 4.0)).withLimits(2.5, 0.5));
    }

    private List<String> listed(String query) {
        Http.Response response = demo.http.get("/api/analysis/spc/alerts" + query, ids.token("viewer"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        response.body().get("items").forEach(alert -> found.add(alert.get("id").asText()));
        return found;
    }

    @Test
    void alertsAreListedNewestFirstAndFilteredByStatusAndSeries() {
        SpcTestSeries series = series();
        String oldest = series.alert(demo, ids, 0, 1, now.minus(Duration.ofHours(3)), false);
        String acknowledged = series.alert(demo, ids, 1, 5, now.minus(Duration.ofHours(2)), true);
        String newest = series.alert(demo, ids, 3, 2, now.minus(Duration.ofHours(1)), false);
        String elsewhere = series().alert(demo, ids, 2, 1, now, false);
        String ofSeries = "?series_id=" + series.id();

        assertThat(listed(ofSeries)).containsExactly(newest, acknowledged, oldest);
        assertThat(listed(ofSeries + "&status=open")).containsExactly(newest, oldest);
        assertThat(listed(ofSeries + "&status=acknowledged")).containsExactly(acknowledged);
        assertThat(listed("?status=open&limit=200"))
                .contains(elsewhere, newest, oldest)
                .doesNotContain(acknowledged);
    }

    @Test
    void alertsArePagedByTheLastOneOfThePageBefore() {
        SpcTestSeries series = series();
        String first = series.alert(demo, ids, 0, 1, now.minus(Duration.ofHours(2)), false);
        String second = series.alert(demo, ids, 1, 1, now.minus(Duration.ofHours(1)), false);
        String third = series.alert(demo, ids, 2, 1, now, false);
        String ofSeries = "?series_id=" + series.id() + "&limit=2";

        Http.Response page = demo.http.get("/api/analysis/spc/alerts" + ofSeries, ids.token("viewer"));
        String cursor = page.body().get("next_cursor").asText();

        assertThat(listed(ofSeries)).containsExactly(third, second);
        assertThat(cursor).isEqualTo(second);
        assertThat(listed(ofSeries + "&cursor=" + cursor)).containsExactly(first);
    }

    @Test
    void anEngineerAcknowledgesWithAReasonOnceAndASecondTimeIsAConflict() {
        String alert = series().alert(demo, ids, 3, 2, now, false);
        String path = "/api/analysis/spc/alerts/" + alert + "/acknowledge";

        Http.Response first = demo.http.post(path, ids.token("engineer"), Map.of("reason", "Probe card replaced"));
        Http.Response second = demo.http.post(path, ids.token("pi"), Map.of("reason", "Seen it too"));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().get("acknowledgement_reason").asText()).isEqualTo("Probe card replaced");
        assertThat(first.body().get("acknowledged_by").asText()).isEqualTo(ids.userId("engineer"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.message()).isNotBlank();
        JsonNode listed = demo.http
                .get("/api/analysis/spc/alerts?status=acknowledged&limit=200", ids.token("viewer"))
                .body()
                .get("items");
        assertThat(listed.findValuesAsText("id")).contains(alert);
    }

    @Test
    void aTechnicianMayNotAcknowledgeAndTheAlertStaysOpen() {
        SpcTestSeries series = series();
        String alert = series.alert(demo, ids, 3, 2, now, false);

        Http.Response response = demo.http.post(
                "/api/analysis/spc/alerts/" + alert + "/acknowledge", ids.token("tech"), Map.of("reason", "Fine"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(listed("?status=open&series_id=" + series.id())).containsExactly(alert);
    }

    @Test
    void anAcknowledgementWithoutAReasonIsRefusedAndTheAlertStaysOpen() {
        SpcTestSeries series = series();
        String alert = series.alert(demo, ids, 3, 2, now, false);

        Http.Response response = demo.http.post(
                "/api/analysis/spc/alerts/" + alert + "/acknowledge", ids.token("engineer"), Map.of("reason", " "));

        assertThat(response.status()).isEqualTo(422);
        assertThat(listed("?status=open&series_id=" + series.id())).containsExactly(alert);
    }
}
