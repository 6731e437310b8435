package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import lab.spectra.model.rundata.importers.XrdXyImporter;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * Every demo run has its raw file, stored by content and in its instrument's export format: the
 * IV runs a transfer sweep, the XRD runs a diffractogram, each parsing with the importer the bench
 * uses, so a demo run's chart is never empty.
 */
class TheDemoRunsComeWithTheirRawFilesTest {

    private final DemoServer demo = DemoServer.get();
    private final String token = new DemoIds(demo, "demo.lab").token("engineer");

    @Test
    void eachOfTheThirtyFiveRunsHasAStoredFileThatItsImporterReads() {
        List<JsonNode> runs = new ArrayList<>();
        demo.http
                .get("/api/analysis/runs?limit=100&status=finished", token)
                .body()
                .path("items")
                .forEach(runs::add);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(35);

        int iv = 0;
        int xrd = 0;
        for (JsonNode run : runs) {
            List<JsonNode> files = new ArrayList<>();
            demo.http
                    .get("/api/analysis/runs/" + run.path("id").asText() + "/files", token)
                    .body()
                    .path("items")
                    .forEach(files::add);
            if (files.isEmpty()) {
                continue;
            }
            JsonNode file = files.get(0);
            assertThat(file.path("stored").asBoolean()).isTrue();
            HttpResponse<byte[]> bytes = demo.http.download(
                    "/api/files/" + file.path("content_sha256").asText(), token);
            assertThat(bytes.statusCode()).isEqualTo(200);
            assertThat(bytes.body()).hasSize(file.path("size_bytes").asInt());
            boolean isIv = file.path("file_name").asText().endsWith(".csv");
            ImportOutcome parsed =
                    isIv ? new KeithleySweepCsvImporter().parse(bytes.body()) : new XrdXyImporter().parse(bytes.body());
            assertThat(parsed).isInstanceOf(ImportOutcome.Imported.class);
            ImportedData.Curves curves = (ImportedData.Curves) ((ImportOutcome.Imported) parsed).data();
            assertThat(curves.first().size()).isEqualTo(isIv ? 121 : 1001);
            if (isIv) {
                iv++;
            } else {
                xrd++;
            }
        }
        assertThat(iv).isEqualTo(30);
        assertThat(xrd).isEqualTo(5);
    }
}
