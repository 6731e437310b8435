package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's export of the demo lab holds every table as CSV (with a header row) and JSON Lines,
 * the audit trail and its checkpoints, the stored files and a signed manifest, and verify-export
 * finds it intact with nothing but the export (and with the server's published keys given apart).
 */
class AnOrganizationsExportVerifiesOfflineTest {

    private final DemoServer demo = DemoServer.get();

    @TempDir
    Path folder;

    @Test
    void theDemoLabsExportVerifiesWithTheKeysInsideIt() throws IOException {
        Path zip = Exports.download(demo, "demo.lab", folder);

        ProductionSetup.Run run = Exports.verify(zip);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("OK: ").contains("demo-lab").contains("signed checkpoint");
    }

    @Test
    void theExportVerifiesWithTheServersPublishedKeysGivenApart() throws IOException {
        Path zip = Exports.download(demo, "demo.lab", folder);
        Path keys = folder.resolve("jwks.json");
        Files.writeString(
                keys, demo.http.get("/.well-known/jwks.json", null).raw().body());

        ProductionSetup.Run run = Exports.verify(zip, "--public-key", keys.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("checked with the key(s) given in " + keys);
    }

    @Test
    void theExportHoldsTablesTrailFilesAndASignedManifestInOpenFormats() throws IOException {
        Path export = Exports.unpack(Exports.download(demo, "demo.lab", folder), folder);
        JsonNode manifest =
                new ObjectMapper().readTree(export.resolve("manifest.json").toFile());

        assertThat(manifest.path("organization").path("slug").asText()).isEqualTo("demo-lab");
        assertThat(manifest.path("server_version").asText()).isNotBlank();
        assertThat(manifest.path("audit_chain_head").path("sequence").asLong()).isPositive();
        assertThat(export.resolve("manifest.sig")).isNotEmptyFile();
        assertThat(export.resolve("keys.json")).content().contains("\"kid\":\"record-");
        assertThat(export.resolve("README.txt")).content().contains("verify-export");
        for (String table : List.of(
                "samples",
                "recipes",
                "recipe_approvals",
                "signatures",
                "audit_log",
                "audit_checkpoints",
                "calibrations",
                "runs",
                "results",
                "sops",
                "users")) {
            assertThat(export.resolve("tables/" + table + ".csv")).exists();
            assertThat(export.resolve("tables/" + table + ".jsonl")).exists();
        }
        List<String> samples = Files.readAllLines(export.resolve("tables/samples.csv"), StandardCharsets.UTF_8);
        assertThat(samples.get(0)).startsWith("id,organization_id,").contains("barcode");
        assertThat(samples).hasSizeGreaterThan(10);
        assertThat(Files.readString(export.resolve("tables/api_keys.csv"))).doesNotContain("key_hash");
        try (var files = Files.list(export.resolve("files"))) {
            assertThat(files.toList()).isNotEmpty();
        }
        assertThat(manifest.path("files").findValuesAsText("path"))
                .contains("tables/audit_log.jsonl", "README.txt", "keys.json")
                .doesNotContain("manifest.json", "manifest.sig");
    }
}
