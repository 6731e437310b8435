package lab.spectra.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.BenchEdits;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/analysis/runs/{id}/report.pdf} over real HTTP on PostgreSQL: a viewer's script
 * downloads a demo run's report with its context, chart, results, raw file hash and signature
 * status; another lab's run is not found, and nobody unsigned gets a report.
 */
class ARunsReportIsAPdfForScriptsTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds otherLab = new DemoIds(demo, "test.org");
    private final BenchEdits bench = new BenchEdits(demo, demoLab);

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finished demo run with an IV sweep attached, and that file as the server lists it. */
    private record RunWithFile(JsonNode run, JsonNode file) {}

    private RunWithFile demoIvRun() {
        String token = demoLab.token("engineer");
        List<JsonNode> runs = new ArrayList<>();
        demo.http
                .get("/api/analysis/runs?limit=100&status=finished", token)
                .body()
                .path("items")
                .forEach(runs::add);
        for (JsonNode run : runs) {
            JsonNode files = demo.http
                    .get("/api/analysis/runs/" + run.path("id").asText() + "/files", token)
                    .body()
                    .path("items");
            if (files.size() > 0 && files.get(0).path("file_name").asText().endsWith(".csv")) {
                return new RunWithFile(run, files.get(0));
            }
        }
        throw new AssertionError("The demo lab has no finished run with an IV sweep");
    }

    @Test
    void aViewerDownloadsADemoRunsReportWithContextChartResultsAndFileHash() {
        RunWithFile demoRun = demoIvRun();
        String runId = demoRun.run().path("id").asText();
        JsonNode detail = demo.http
                .get("/api/analysis/runs/" + runId, demoLab.token("viewer"))
                .body();

        HttpResponse<byte[]> response = demo.http.download(
                "/api/analysis/runs/" + runId + "/report.pdf?tz=Europe/Berlin&y_scale=log", demoLab.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(response.body());
        assertThat(text)
                .contains("Run report", "Run " + runId + ", finished")
                .contains("Sample", "Instrument", "Calibration", "Operator", "(Europe/Berlin)")
                .contains("Figure: " + demoRun.file().path("file_name").asText())
                .contains("|y| on a logarithmic axis")
                .contains(demoRun.file().path("content_sha256").asText())
                .contains("Signatures Not signed.");
        for (JsonNode result : detail.path("results")) {
            assertThat(text).contains(result.path("quantity").asText());
        }
    }

    @Test
    void anotherLabsRunIsNotFound() {
        String theirs = otherLab.newRunningRun();

        HttpResponse<byte[]> response =
                demo.http.download("/api/analysis/runs/" + theirs + "/report.pdf", demoLab.token("admin"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"code\":\"not_found\"");
    }

    @Test
    void withoutSigningInThereIsNoReport() {
        String runId = demoIvRun().run().path("id").asText();

        HttpResponse<byte[]> response = demo.http.download("/api/analysis/runs/" + runId + "/report.pdf", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
    }

    @Test
    void anUnknownYScaleIsABadRequest() {
        String runId = demoIvRun().run().path("id").asText();

        HttpResponse<byte[]> response = demo.http.download(
                "/api/analysis/runs/" + runId + "/report.pdf?y_scale=cubic", demoLab.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("\"code\":\"invalid_parameter\"", "cubic");
    }

    @Test
    void aRunWhoseFileHasNotReachedTheServerPrintsItsHashAndSaysWhyThereIsNoChart() {
        String running = demoLab.newRunningRun();
        String sha256 = "5f0c1e2d4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff1";
        Map<String, Object> attach = bench.command("AttachFile", "tech");
        attach.put("attachment_id", UUID.randomUUID().toString());
        attach.put("run_id", running);
        attach.put("file_name", "iv-not-yet-uploaded.csv");
        attach.put("media_type", "text/csv");
        attach.put("size_bytes", 4096);
        attach.put("content_sha256", sha256);
        assertThat(bench.pushAndAnswer("tech", attach).path("status").asText()).isEqualTo("applied");

        HttpResponse<byte[]> response =
                demo.http.download("/api/analysis/runs/" + running + "/report.pdf", demoLab.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response.body()))
                .contains("iv-not-yet-uploaded.csv", sha256)
                .contains(RunReports.BYTES_NOT_ON_SERVER)
                .doesNotContain("Figure:");
    }

    @Test
    void aRunWithoutFilesOrResultsStillPrintsAndSaysSo() {
        String running = demoLab.newRunningRun();

        HttpResponse<byte[]> response =
                demo.http.download("/api/analysis/runs/" + running + "/report.pdf", demoLab.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response.body()))
                .contains("Run " + running + ", running")
                .contains("No raw file is attached to this run, so there is no chart.")
                .contains("No results were recorded.");
    }
}
