package lab.spectra.server.audit.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/audit/records/{table}/{id}}: a record's history, oldest first, each change with
 * the fields it changed as old → new pairs and the reason given (Annex 11 §9).
 */
class ARecordsHistoryShowsEachChangeAsOldAndNewValuesTest {

    private static OwnLab own;
    private static ServerLab lab;

    @BeforeAll
    static void lab() {
        own = new OwnLab("audit-history");
        lab = own.lab;
    }

    @AfterAll
    static void close() {
        own.close();
    }

    private static JsonNode history(String table, UUID id) {
        Http.Response response = own.demo.http.get("/api/audit/records/" + table + "/" + id, own.token("pi"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anEditIsShownFieldByFieldAfterTheCreation() {
        UUID sample = lab.sample(own.org, "AH-1");
        ServerLab.expectApplied(lab.run(
                new EditSample(
                        lab.meta(own.org.engineer()),
                        sample,
                        null,
                        null,
                        new FieldChange<>("Cabinet A", "Freezer 2"),
                        null,
                        new FieldChange<>(null, "kept cold"),
                        null,
                        null),
                own.org.engineer()));

        JsonNode changes = history("samples", sample).get("changes");

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("entry").get("action").asText()).isEqualTo("CreateSample");
        assertThat(changes.get(0).get("fields").findValuesAsText("field")).contains("barcode", "location");
        JsonNode edit = changes.get(1);
        assertThat(edit.get("entry").get("action").asText()).isEqualTo("EditSample");
        assertThat(edit.get("fields").findValuesAsText("field"))
                .contains("location", "notes")
                .doesNotContain("barcode");
        JsonNode location = field(edit, "location");
        assertThat(location.get("before").asText()).isEqualTo("Cabinet A");
        assertThat(location.get("after").asText()).isEqualTo("Freezer 2");
        assertThat(field(edit, "notes").get("before").isNull()).isTrue();
    }

    @Test
    void theReasonGivenIsShownWithTheChange() {
        UUID sop = lab.approvedSop(own.org, "Retired procedure");
        ServerLab.expectApplied(
                lab.run(new RetireSop(lab.meta(own.org.pi()), sop, "Replaced by the new anneal", 2L), own.org.pi()));

        JsonNode changes = history("sops", sop).get("changes");

        JsonNode retirement = changes.get(changes.size() - 1);
        assertThat(retirement.get("entry").get("reason").asText()).isEqualTo("Replaced by the new anneal");
        assertThat(retirement.get("fields").findValuesAsText("field")).contains("status");
    }

    @Test
    void anotherOrganizationsRecordIsNotFound() {
        try (OwnLab other = new OwnLab("audit-history-other")) {
            UUID theirs = other.lab.sample(other.org, "AH-X");
            Http.Response response = own.demo.http.get("/api/audit/records/samples/" + theirs, own.token("pi"));
            assertThat(response.status()).isEqualTo(404);
        }
    }

    private static JsonNode field(JsonNode change, String name) {
        for (JsonNode field : change.get("fields")) {
            if (field.get("field").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("No change of " + name + " in " + change);
    }
}
