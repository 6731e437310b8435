package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another organization's rows, people and files never appear in an organization's export. */
class AnExportHoldsOnlyItsOwnOrganizationsRecordsTest {

    private final DemoServer demo = DemoServer.get();

    @TempDir
    Path folder;

    @Test
    void nothingOfTestOrgIsInDemoLabsExport() throws IOException {
        String testOrg = demo.http
                .get("/auth/me", demo.token("admin@test.org"))
                .body()
                .path("organization")
                .path("id")
                .asText();
        String demoLab = demo.http
                .get("/auth/me", demo.token("admin@demo.lab"))
                .body()
                .path("organization")
                .path("id")
                .asText();
        assertThat(testOrg).isNotBlank().isNotEqualTo(demoLab);
        Path export = Exports.unpack(Exports.download(demo, "demo.lab", folder), folder);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(export)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(60);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.toString()).doesNotContain(testOrg).doesNotContain("@test.org");
        }
        assertThat(Files.readString(export.resolve("tables/users.csv"))).contains("@demo.lab");
        assertThat(Files.readString(export.resolve("tables/organizations.jsonl")))
                .contains(demoLab);
    }
}
