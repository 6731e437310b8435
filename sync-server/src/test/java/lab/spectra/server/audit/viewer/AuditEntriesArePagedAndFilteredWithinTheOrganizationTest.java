package lab.spectra.server.audit.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/audit/entries} pages an organization's trail newest first, every filter picks
 * exactly the entries it names, and another organization's entries never appear, whatever is asked.
 */
class AuditEntriesArePagedAndFilteredWithinTheOrganizationTest {

    private static OwnLab own;
    private static OwnLab other;
    private static UUID edited;
    private static UUID untouched;
    private static UUID othersSample;
    private static String token;

    @BeforeAll
    static void twoLabsWithHistory() {
        own = new OwnLab("audit-pages");
        other = new OwnLab("audit-other");
        ServerLab lab = own.lab;
        edited = lab.sample(own.org, "AP-1");
        untouched = lab.sample(own.org, "AP-2");
        ServerLab.expectApplied(lab.run(
                new EditSample(
                        lab.meta(own.org.engineer()),
                        edited,
                        null,
                        null,
                        new FieldChange<>("Cabinet A", "Freezer 2"),
                        null,
                        null,
                        null,
                        "moved for the anneal"),
                own.org.engineer()));
        othersSample = other.lab.sample(other.org, "AP-1");
        token = own.token("viewer");
    }

    @AfterAll
    static void close() {
        own.close();
        other.close();
    }

    private static JsonNode entries(String query) {
        return entries(query, token);
    }

    private static JsonNode entries(String query, String as) {
        Http.Response response = own.demo.http.get("/api/audit/entries" + query, as);
        assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
        return response.body().get("entries");
    }

    private static List<Long> sequences(JsonNode entries) {
        List<Long> sequences = new ArrayList<>();
        entries.forEach(entry -> sequences.add(entry.get("sequence").asLong()));
        return sequences;
    }

    @Test
    void pagesWalkTheTrailNewestFirstWithoutGapsOrRepeats() {
        List<Long> all = sequences(entries("?limit=500"));
        assertThat(all).hasSizeGreaterThan(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        List<Long> paged = new ArrayList<>();
        String before = "";
        int pages = 0;
        while (before != null) {
            Http.Response page = own.demo.http.get("/api/audit/entries?limit=2" + before, token);
            assertThat(page.status()).isEqualTo(200);
            paged.addAll(sequences(page.body().get("entries")));
            JsonNode next = page.body().get("next");
            before = next == null || next.isNull() ? null : "&before=" + next.asLong();
            pages++;
        }

        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);
    }

    @Test
    void aRecordFilterShowsThatRecordsEntriesOnly() {
        JsonNode found = entries("?record_id=" + edited);

        assertThat(found).extracting(entry -> entry.get("record_id").asText()).containsOnly(edited.toString());
        assertThat(found)
                .extracting(entry -> entry.get("action").asText())
                .containsExactly("EditSample", "CreateSample");
        JsonNode edit = found.get(0);
        assertThat(edit.get("old_value").get("location").asText()).isEqualTo("Cabinet A");
        assertThat(edit.get("new_value").get("location").asText()).isEqualTo("Freezer 2");
        assertThat(edit.get("actor").get("name").asText()).isNotBlank();
        assertThat(edit.get("hash_prefix").asText()).hasSize(12);
    }

    @Test
    void aPersonFilterShowsWhatThatPersonDid() {
        UUID engineer = own.org.engineer().userId();
        JsonNode found = entries("?actor_id=" + engineer);

        assertThat(found).isNotEmpty();
        assertThat(found)
                .extracting(entry -> entry.get("actor").get("id").asText())
                .containsOnly(engineer.toString());
        assertThat(entries("?actor_id=" + own.org.technician().userId())).isEmpty();
    }

    @Test
    void anActionFilterShowsThatActionOnly() {
        JsonNode found = entries("?action=EditSample");

        assertThat(found).extracting(entry -> entry.get("record_id").asText()).containsExactly(edited.toString());
    }

    @Test
    void aTableFilterShowsThatTablesEntriesOnly() {
        JsonNode found = entries("?table=samples");

        assertThat(found).extracting(entry -> entry.get("table").asText()).containsOnly("samples");
        assertThat(found)
                .extracting(entry -> entry.get("record_id").asText())
                .contains(edited.toString(), untouched.toString());
    }

    @Test
    void aDateRangeShowsTheEntriesWithinIt() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(entries("?from=" + today.minusDays(3) + "&to=" + today.minusDays(2)))
                .isEmpty();
        JsonNode recent = entries("?record_id=" + edited + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        assertThat(recent).hasSize(2);

        String editedAt = recent.get(0).get("occurred_at").asText();
        assertThat(entries("?record_id=" + edited + "&from=" + editedAt))
                .extracting(entry -> entry.get("action").asText())
                .containsExactly("EditSample");
        assertThat(entries("?record_id=" + edited + "&to=" + editedAt))
                .extracting(entry -> entry.get("action").asText())
                .containsExactly("CreateSample");
    }

    @Test
    void aWorkstationFilterShowsWhatCameFromThatBench() {
        JsonNode found = entries("?workstation_id=" + own.lab.workstationId);

        assertThat(found).isNotEmpty();
        assertThat(found)
                .extracting(entry -> entry.get("workstation").get("id").asText())
                .containsOnly(own.lab.workstationId.toString());
        assertThat(entries("?workstation_id=" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void anotherOrganizationsEntriesNeverAppear() {
        List<String> ownRecords = new ArrayList<>();
        entries("?limit=500")
                .forEach(entry -> ownRecords.add(entry.path("record_id").asText()));
        assertThat(ownRecords).contains(edited.toString()).doesNotContain(othersSample.toString());

        String othersViewer = other.token("viewer");
        assertThat(entries("?record_id=" + edited, othersViewer)).isEmpty();
        assertThat(entries("?actor_id=" + own.org.engineer().userId(), othersViewer))
                .isEmpty();
        assertThat(entries("?record_id=" + othersSample, othersViewer)).hasSize(1);
    }

    @Test
    void unknownFilterValuesAreRefusedInWords() {
        assertRefused("?table=no_such_table", "no_such_table");
        assertRefused("?action=DanceAJig", "DanceAJig");
        assertRefused("?record_id=not-an-id", "record_id");
        assertRefused("?actor_id=42", "actor_id");
        assertRefused("?from=yesterday", "yesterday");
        assertRefused("?from=2026-11-02&to=2026-11-01", "before");
        assertRefused("?limit=501", "limit");
        assertRefused("?before=0", "before");
    }

    private static void assertRefused(String query, String named) {
        Http.Response response = own.demo.http.get("/api/audit/entries" + query, token);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.code()).isEqualTo("invalid_parameter");
        assertThat(response.message()).as(query).contains(named);
    }
}
