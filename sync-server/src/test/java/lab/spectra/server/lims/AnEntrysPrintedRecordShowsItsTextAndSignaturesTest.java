package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * {@code GET /api/lims/eln/{id}/record.pdf} over real HTTP on PostgreSQL: the PDF any member of
 * the lab downloads shows the entry, its signers and its hash, and a signature an edit voided.
 */
class AnEntrysPrintedRecordShowsItsTextAndSignaturesTest {

    private static final String BODY = "Ψ-scan of the wafer: Δλ = 0.8 nm at θ = 12°, 40 µm spot.";

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final BenchEdits edits = new BenchEdits(demo, ids);
    private final PdfDownloads pdfs = new PdfDownloads(demo.server.baseUri());

    private static String hashOf(JsonNode entryRow) {
        try {
            return SignedContent.sha256(DomainJson.newMapper().treeToValue(entryRow, ElnEntry.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Response sign(String person, String password, String entry, String meaning, String hash) {
        Http.Response signed = demo.http.post(
                "/api/lims/eln/" + entry + "/sign",
                ids.token(person),
                Map.of("meaning", meaning, "password", password, "content_sha256", hash));
        assertThat(signed.status()).as(signed.raw().body()).isEqualTo(201);
        return signed;
    }

    private JsonNode write(String title) {
        Http.Response written = demo.http.post(
                "/api/lims/eln",
                ids.token("tech"),
                Map.of("title", title, "body_markdown", BODY, "sample_ids", List.of()));
        assertThat(written.status()).isEqualTo(201);
        return written.body();
    }

    @Test
    void aViewerDownloadsThePdfWithTitleTextSignersAndContentHash() {
        JsonNode entry = write("Ellipsometry of wafer W-7");
        String entryId = entry.get("id").asText();
        String hash = hashOf(entry);
        sign("tech", "tech123", entryId, "authored", hash);
        sign("pi", "pi123", entryId, "reviewed", hash);

        HttpResponse<byte[]> response =
                pdfs.get("/api/lims/eln/" + entryId + "/record.pdf?tz=Europe/Berlin", ids.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfDownloads.text(response.body());
        assertThat(text)
                .contains("Ellipsometry of wafer W-7", BODY)
                .contains("Written by Tess Technician")
                .contains("Tess Technician — Authored — signed ", "Pia Investigator — Reviewed — signed ")
                .contains("(Europe/Berlin)")
                .contains(hash)
                .contains("Printed by Vic Viewer")
                .contains("Page 1 of 1, entry " + entryId)
                .doesNotContain("VOID");
    }

    @Test
    void aSignatureVoidedByAnEditIsPrintedAsVoidWithItsReason() {
        JsonNode entry = write("Anneal log");
        String entryId = entry.get("id").asText();
        sign("tech", "tech123", entryId, "authored", hashOf(entry));
        edits.rewriteEntry("engineer", entryId, BODY, BODY + " Corrected spot size.");

        HttpResponse<byte[]> response = pdfs.get("/api/lims/eln/" + entryId + "/record.pdf", ids.token("tech"));

        assertThat(response.statusCode()).isEqualTo(200);
        String text = PdfDownloads.text(response.body());
        assertThat(text)
                .contains("Corrected spot size.")
                .contains("Tess Technician — Authored — signed ")
                .contains("VOID — voided ")
                .contains("Entry changed after signing (edited by Eli Engineer)")
                .contains("UTC");
    }
}
