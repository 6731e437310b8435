package lab.spectra.server.analysis.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * An engineer creates a series, which is then read, listed by its instrument a page at a time, and
 * edited with the row version its editor saw; an edit from a stale version is a conflict that
 * changes nothing, and a technician may neither create nor edit one.
 */
class SpcSeriesAreCreatedListedAndEditedOverRestTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");

    private Map<String, Object> newSeries(String instrument) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Threshold voltage " + UUID.randomUUID());
        body.put("instrument_id", instrument);
        body.put("recipe_name", "IV sweep");
        body.put("quantity", "threshold voltage");
        body.put("unit", "V");
        body.put("enabled_rules", List.of(1, 2, 5, 6));
        body.put("rule_numbering", "western_electric");
        body.put("critical", true);
        body.put("lower_spec_limit", 0.3);
        body.put("upper_spec_limit", 0.6);
        return body;
    }

    private Http.Response create(String person, Map<String, Object> body) {
        return demo.http.post("/api/analysis/spc/series", ids.token(person), body);
    }

    private List<String> listed(String query) {
        Http.Response response = demo.http.get("/api/analysis/spc/series" + query, ids.token("viewer"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        response.body()
                .get("items")
                .forEach(series -> found.add(series.get("id").asText()));
        return found;
    }

    @Test
    void anEngineerCreatesASeriesThatIsReadAndListedByItsInstrument() {
        String instrument = ids.newCalibratedInstrument();
        Map<String, Object> body = newSeries(instrument);

        Http.Response created = create("engineer", body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        JsonNode read = demo.http
                .get("/api/analysis/spc/series/" + id, ids.token("viewer"))
                .body();
        assertThat(read.get("name").asText()).isEqualTo(body.get("name"));
        assertThat(read.get("parameter").asText()).isEqualTo("threshold voltage");
        assertThat(read.get("unit").asText()).isEqualTo("V");
        assertThat(read.get("recipe_name").asText()).isEqualTo("IV sweep");
        assertThat(read.get("rule_numbering").asText()).isEqualTo("western_electric");
        assertThat(read.get("enabled_rules").toString()).isEqualTo("[1,2,5,6]");
        assertThat(read.get("critical").asBoolean()).isTrue();
        assertThat(read.get("center_line").isNull()).isTrue();
        assertThat(read.get("row_version").asLong()).isEqualTo(1);
        assertThat(listed("?instrument_id=" + instrument)).containsExactly(id);
    }

    @Test
    void theListIsReadAPageAtATime() {
        String instrument = ids.newCalibratedInstrument();
        String first = ids.created(create("engineer", newSeries(instrument)));
        String second = ids.created(create("engineer", newSeries(instrument)));
        String query = "?instrument_id=" + instrument + "&limit=1";

        Http.Response page = demo.http.get("/api/analysis/spc/series" + query, ids.token("viewer"));

        assertThat(listed(query)).containsExactly(first);
        assertThat(listed(query + "&cursor=" + page.body().get("next_cursor").asText()))
                .containsExactly(second);
    }

    @Test
    void anEditFromTheVersionSeenIsMadeAndAStaleOneIsAConflict() {
        String id = ids.created(create("engineer", newSeries(ids.newCalibratedInstrument())));
        Map<String, Object> edit = new HashMap<>();
        edit.put("name", "Threshold voltage, renamed " + UUID.randomUUID());
        edit.put("enabled_rules", List.of(1, 2, 3, 4, 5, 6, 7, 8));
        edit.put("rule_numbering", "nelson");
        edit.put("critical", false);
        edit.put("reason", "All eight rules now that the process is understood");
        edit.put("expected_row_version", 1);
        String path = "/api/analysis/spc/series/" + id;

        Http.Response edited = demo.http.put(path, ids.token("engineer"), edit);
        Map<String, Object> stale = new HashMap<>(edit);
        stale.put("name", "Overwritten " + UUID.randomUUID());
        Http.Response conflict = demo.http.put(path, ids.token("pi"), stale);

        assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
        assertThat(edited.body().get("name").asText()).isEqualTo(edit.get("name"));
        assertThat(edited.body().get("row_version").asLong()).isEqualTo(2);
        assertThat(conflict.status()).isEqualTo(409);
        JsonNode now = demo.http.get(path, ids.token("viewer")).body();
        assertThat(now.get("name").asText()).isEqualTo(edit.get("name"));
        assertThat(now.get("enabled_rules")).hasSize(8);
        assertThat(now.get("critical").asBoolean()).isFalse();
    }

    @Test
    void aTechnicianMayNeitherCreateNorEditASeries() {
        String instrument = ids.newCalibratedInstrument();
        String id = ids.created(create("engineer", newSeries(instrument)));

        Http.Response created = create("tech", newSeries(instrument));
        Http.Response edited = demo.http.put(
                "/api/analysis/spc/series/" + id,
                ids.token("tech"),
                Map.of("name", "Mine", "reason", "Because", "expected_row_version", 1));

        assertThat(created.status()).isEqualTo(403);
        assertThat(edited.status()).isEqualTo(403);
        assertThat(listed("?instrument_id=" + instrument)).containsExactly(id);
    }
}
