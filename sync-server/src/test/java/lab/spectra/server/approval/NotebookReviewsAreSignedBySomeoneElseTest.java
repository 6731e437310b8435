package lab.spectra.server.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes for notebook signatures over HTTP and PostgreSQL: the author of an entry, or someone
 * who edited it, does not sign it as its reviewer; the author still signs as author.
 */
class NotebookReviewsAreSignedBySomeoneElseTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final BenchEdits edits = new BenchEdits(demo, ids);

    private String hashOf(JsonNode entryRow) {
        try {
            return SignedContent.sha256(DomainJson.newMapper().treeToValue(entryRow, ElnEntry.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Response sign(String person, String password, String entry, String meaning, String hash) {
        return demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token(person),
                Map.of("meaning", meaning, "password", password, "content_sha256", hash));
    }

    private Http.Response write(String body) {
        return demo.http.post(
                "/api/lims/eln",
                ids.token("tech"),
                Map.of("title", "Leakage after anneal", "body_markdown", body, "sample_ids", List.of()));
    }

    @Test
    void aTechnicianSignsTheirOwnEntryAsAuthorButNotAsReviewer() {
        Http.Response written = write("Gate leakage below 1 nA.");
        String entry = ids.created(written);
        String hash = hashOf(written.body());

        Http.Response asReviewer = sign("tech", "tech123", entry, "reviewed", hash);

        assertThat(asReviewer.status()).isEqualTo(409);
        assertThat(asReviewer.code()).isEqualTo("self_approval");
        assertThat(asReviewer.message())
                .isEqualTo("You wrote entry Leakage after anneal; someone else has to sign it as reviewer");
        assertThat(sign("tech", "tech123", entry, "authored", hash).status()).isEqualTo(201);
    }

    @Test
    void anEngineerWhoEditedAnEntryCannotReviewItButThePiCan() {
        String entry = ids.created(write("Gate leakage below 1 nA."));
        String hash =
                hashOf(edits.rewriteEntry("engineer", entry, "Gate leakage below 1 nA.", "Gate leakage below 0.8 nA."));

        Http.Response byTheEditor = sign("engineer", "eng123", entry, "reviewed", hash);

        assertThat(byTheEditor.status()).isEqualTo(409);
        assertThat(byTheEditor.code()).isEqualTo("editor_approval");
        assertThat(byTheEditor.message())
                .isEqualTo("You edited entry Leakage after anneal; someone else has to sign it as reviewer");
        assertThat(sign("pi", "pi123", entry, "reviewed", hash).status()).isEqualTo(201);
    }
}
