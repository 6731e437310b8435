package lab.spectra.server.audit.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import lab.spectra.server.testing.OwnLab;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A filtered view exported as CSV carries the SHA-256 of its bytes in {@code X-Content-SHA256};
 * the PDF of the same view prints that hash with the filter, the chain status and the count.
 */
class AuditExportsCarryTheHashOfWhatTheyContainTest {

    private static OwnLab own;
    private static UUID sample;

    @BeforeAll
    static void lab() {
        own = new OwnLab("audit-export");
        sample = own.lab.sample(own.org, "AE-1");
        own.lab.sample(own.org, "AE-2");
    }

    @AfterAll
    static void close() {
        own.close();
    }

    private static HttpResponse<byte[]> download(String path) {
        HttpResponse<byte[]> response = own.demo.http.download(path, own.token("viewer"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    @Test
    void theCsvHeaderIsTheHashOfItsBody() throws NoSuchAlgorithmException {
        HttpResponse<byte[]> csv = download("/api/audit/entries.csv?table=samples");

        String declared = csv.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertThat(declared).isEqualTo(sha256(csv.body()));
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("sequence,occurred_at,actor_id");
        assertThat(lines).hasSize(1 + 2);
        assertThat(csv.headers().firstValue("X-Audit-Entries")).contains("2");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    }

    @Test
    void thePdfPrintsTheFilterTheChainStatusTheCountAndTheCsvsHash() throws IOException {
        String query = "?record_id=" + sample;
        String csvHash = download("/api/audit/entries.csv" + query)
                .headers()
                .firstValue("X-Content-SHA256")
                .orElseThrow();

        HttpResponse<byte[]> pdf = download("/api/audit/entries.pdf" + query);

        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Record: " + sample);
        assertThat(text).contains("1 entries matched");
        assertThat(text).contains(csvHash);
        assertThat(text).contains("OK");
        assertThat(text).contains("CreateSample");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
