package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.model.id.Ids;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input to the notebook's endpoints gets a clear {code, message} and writes nothing. */
class NotebookBadInputChangesNothingTest {

    /** One character over the entry text's limit (ElnLimits.BODY). */
    private static final String TOO_LONG = "µ".repeat(200_001);

    private static TestServer server;
    private static NotebookPeople people;
    private static NotebookPeople otherLab;

    @BeforeAll
    static void start() {
        // A request limit of the production default (1 MiB), above the entry text's limit, so the
        // text reaches the notebook's own rule rather than the listener's.
        server = TestServer.start(config -> config.listener(new ServerConfig.Listener("127.0.0.1", 0, 1_048_576)));
        people = new NotebookPeople(server, "badnotes");
        otherLab = new NotebookPeople(server, "otherlab");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void writingATextOverTheSizeLimitIsRefusedAndWritesNoEntry() {
        Http.Response written = people.write(people.tech, "Oversized " + Ids.newId(), TOO_LONG);

        assertThat(written.status()).isEqualTo(422);
        assertThat(written.code()).isEqualTo("invalid_input");
        assertThat(written.message()).contains("Entry text");
        assertThat(server.http
                        .get("/api/lims/eln?limit=200", people.tech)
                        .body()
                        .path("items")
                        .toString())
                .doesNotContain("Oversized");
    }

    @Test
    void editingToATextOverTheSizeLimitIsRefusedAndVoidsNothing() {
        String entry = people.entry(people.tech, "Within limits", "Short.");
        people.sign(people.tech, entry, "authored", NotebookPeople.PASSWORD, 1);

        Http.Response edited = people.editBody(people.tech, entry, TOO_LONG, 1L, null);

        assertThat(edited.status()).isEqualTo(422);
        assertThat(edited.code()).isEqualTo("invalid_input");
        assertThat(people.entryRow(people.tech, entry).path("body_markdown").asText())
                .isEqualTo("Short.");
        assertThat(people.signatures(people.tech, entry).get(0).path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void anEditThatNamesNoVersionIsRefused() {
        String entry = people.entry(people.tech, "Which version", "First.");

        Http.Response edited = people.editBody(people.tech, entry, "Second.", null, null);

        assertThat(edited.status()).isEqualTo(422);
        assertThat(edited.code()).isEqualTo("invalid_input");
        assertThat(people.entryRow(people.tech, entry).path("body_markdown").asText())
                .isEqualTo("First.");
    }

    @Test
    void aWrongPasswordSignsNothing() {
        String entry = people.entry(people.tech, "Wrong password", "Text.");

        Http.Response signed = people.sign(people.tech, entry, "authored", "not-my-password", 1);

        assertThat(signed.status()).isEqualTo(401);
        assertThat(signed.code()).isEqualTo("reauthentication_failed");
        assertThat(people.signatures(people.tech, entry)).isEmpty();
    }

    @Test
    void anotherLabsEntryAndItsSignaturesAreNotFound() {
        String entry = people.entry(people.tech, "Ours", "Text.");
        String signatureId = people.sign(people.tech, entry, "authored", NotebookPeople.PASSWORD, 1)
                .body()
                .get("id")
                .asText();

        assertThat(server.http
                        .get("/api/lims/eln/" + entry + "/signatures", otherLab.pi)
                        .status())
                .isEqualTo(404);
        assertThat(server.http
                        .get("/api/lims/eln/" + entry + "/signatures/" + signatureId + "/verification", otherLab.pi)
                        .status())
                .isEqualTo(404);
        Http.Response edit = otherLab.editBody(otherLab.engineer, entry, "Theirs now.", 1L, null);
        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.code()).isEqualTo("not_found");
        assertThat(people.entryRow(people.tech, entry).path("body_markdown").asText())
                .isEqualTo("Text.");
    }

    @Test
    void aSignatureIdThatIsNotAnIdIsNotFound() {
        String entry = people.entry(people.tech, "Bad id", "Text.");

        Http.Response response =
                server.http.get("/api/lims/eln/" + entry + "/signatures/not-a-uuid/verification", people.tech);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void editingWithoutAnyFieldIsRefused() {
        String entry = people.entry(people.tech, "Nothing to change", "Text.");

        Http.Response edited = server.http.put("/api/lims/eln/" + entry, people.tech, Map.of("reason", "none"));

        assertThat(edited.status()).isEqualTo(422);
        assertThat(edited.code()).isEqualTo("invalid_input");
    }
}
