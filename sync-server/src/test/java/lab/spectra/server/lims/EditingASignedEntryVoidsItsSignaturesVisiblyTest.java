package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Part 11 §11.10(e), §11.70: an edit over HTTP voids the signatures of the old content, kept and
 * shown struck through with who voided them, when and why; their verification no longer holds.
 */
class EditingASignedEntryVoidsItsSignaturesVisiblyTest {

    private static TestServer server;
    private static NotebookPeople people;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        people = new NotebookPeople(server, "voiding");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theVoidedSignatureNamesTheEditorTheTimeAndTheReason() {
        String entry = people.entry(people.tech, "CV sweep", "Hysteresis at 2 V.");
        Http.Response signed = people.sign(people.tech, entry, "authored", NotebookPeople.PASSWORD, 1);
        assertThat(signed.status()).isEqualTo(201);
        String signatureId = signed.body().get("id").asText();

        Http.Response edited =
                people.editBody(people.engineer, entry, "Hysteresis at 2.5 V.", 1L, "Corrected the sweep voltage");

        assertThat(edited.status()).isEqualTo(200);
        JsonNode signature = people.signatures(people.pi, entry).get(0);
        assertThat(signature.path("valid").asBoolean()).isFalse();
        assertThat(signature.path("voided_at").asText()).isNotBlank();
        assertThat(signature.path("voided_by").asText()).isEqualTo(people.engineerId);
        assertThat(signature.path("voided_by_name").asText()).isNotBlank();
        assertThat(signature.path("void_reason").asText()).startsWith("Corrected the sweep voltage (edited by ");
        assertThat(signature.path("signed_on_workstation").asBoolean()).isFalse();
        assertThat(signature.path("countersigned_at").asText()).isNotBlank();

        JsonNode verification = server.http
                .get("/api/lims/eln/" + entry + "/signatures/" + signatureId + "/verification", people.pi)
                .body();
        assertThat(verification.path("countersignature").asText()).isEqualTo("verifies");
        assertThat(verification.path("device_signature").asText()).isEqualTo("absent");
        assertThat(verification.path("content_unchanged").asBoolean()).isFalse();
        assertThat(verification.path("holds").asBoolean()).isFalse();
    }

    @Test
    void anEditOfAVersionSomeoneElseChangedMeanwhileIsAConflictAndChangesNothing() {
        String entry = people.entry(people.tech, "Anneal", "400 °C for 30 min.");
        people.sign(people.tech, entry, "authored", NotebookPeople.PASSWORD, 1);
        assertThat(people.editBody(people.engineer, entry, "450 °C for 30 min.", 1L, null)
                        .status())
                .isEqualTo(200);

        Http.Response stale = people.editBody(people.tech, entry, "400 °C for 45 min.", 1L, null);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict");
        assertThat(people.entryRow(people.tech, entry).path("body_markdown").asText())
                .isEqualTo("450 °C for 30 min.");
    }

    @Test
    void aTechnicianCannotSignTheirOwnEntryAsReviewer() {
        String entry = people.entry(people.tech, "Own work", "Measured twice.");

        Http.Response review = people.sign(people.tech, entry, "reviewed", NotebookPeople.PASSWORD, 1);

        assertThat(review.status()).isEqualTo(409);
        assertThat(review.code()).isEqualTo("self_approval");
        assertThat(people.signatures(people.pi, entry)).isEmpty();
    }
}
