package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.trust.SignedStatements;
import lab.spectra.server.signing.RecordSigningKeys;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify-export finds each kind of tampering and names it: a changed byte, a removed file, an
 * edited audit entry, and a manifest re-signed with another key (even with that key put into the
 * export, once the server's own key is given apart).
 */
class TamperingWithAnExportIsCaughtAndNamedTest {

    private final DemoServer demo = DemoServer.get();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private Path export;

    @BeforeEach
    void unpackAFreshExport() throws IOException {
        export = Exports.unpack(Exports.download(demo, "demo.lab", folder), folder);
        assertThat(Exports.verify(export).exitCode()).isZero();
    }

    @Test
    void oneChangedByteInACsvIsNamed() throws IOException {
        Path samples = export.resolve("tables/samples.csv");
        byte[] bytes = Files.readAllBytes(samples);
        bytes[bytes.length / 2] = (byte) (bytes[bytes.length / 2] == 'x' ? 'y' : 'x');
        Files.write(samples, bytes);

        ProductionSetup.Run run = Exports.verify(export);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("NOT OK").contains("tables/samples.csv was changed");
    }

    @Test
    void aRemovedFileIsNamed() throws IOException {
        Files.delete(export.resolve("tables/recipe_approvals.csv"));

        ProductionSetup.Run run = Exports.verify(export);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("tables/recipe_approvals.csv is listed in the manifest but missing");
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Files.writeString(export.resolve("tables/extra.csv"), "id\r\n1\r\n");

        ProductionSetup.Run run = Exports.verify(export);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("tables/extra.csv is in the export but not in its manifest");
    }

    @Test
    void anEditedAuditEntryIsNamedByItsNumber() throws IOException {
        Path trail = export.resolve("tables/audit_log.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(trail, StandardCharsets.UTF_8));
        ObjectNode third = (ObjectNode) json.readTree(lines.get(2));
        third.put("reason", "nothing happened here");
        lines.set(2, json.writeValueAsString(third));
        Files.write(trail, lines, StandardCharsets.UTF_8);

        ProductionSetup.Run run = Exports.verify(export);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("tables/audit_log.jsonl was changed")
                .contains("Audit entry #3 (" + third.path("id").asText() + ") its content was changed");
    }

    @Test
    void aManifestReSignedWithAnotherKeyIsRefused() throws IOException {
        RecordSigningKeys forger = RecordSigningKeys.ephemeral(Clock.systemUTC());
        Files.writeString(export.resolve("tables/samples.csv"), "id\r\nforged\r\n");
        resign(forger);

        ProductionSetup.Run run = Exports.verify(export);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("manifest.sig: the manifest's signature does not verify with the record-signing key "
                        + forger.signingKey().getKeyID());
    }

    @Test
    void aForgerWhoAlsoReplacesKeysJsonIsCaughtByTheServersKeyGivenApart() throws IOException {
        RecordSigningKeys forger = RecordSigningKeys.ephemeral(Clock.systemUTC());
        Files.writeString(
                export.resolve("keys.json"), new JWKSet(forger.publicJwks()).toString(true), StandardCharsets.UTF_8);
        resign(forger);
        Path serverKeys = folder.resolve("jwks.json");
        Files.writeString(
                serverKeys, demo.http.get("/.well-known/jwks.json", null).raw().body());

        ProductionSetup.Run alone = Exports.verify(export);
        ProductionSetup.Run withServerKey = Exports.verify(export, "--public-key", serverKeys.toString());

        // Even alone, the checkpoints inside were signed by the server, not by the forger's key.
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.out()).contains("is not signed by the record-signing keys");
        assertThat(withServerKey.exitCode()).isEqualTo(1);
        assertThat(withServerKey.out()).contains("manifest.sig: the manifest's signature does not verify");
    }

    /** What a forger does: the manifest rewritten to the files as they now are, and signed again. */
    private void resign(RecordSigningKeys forger) throws IOException {
        ObjectNode manifest =
                (ObjectNode) json.readTree(export.resolve("manifest.json").toFile());
        for (JsonNode file : manifest.path("files")) {
            Path path = export.resolve(file.path("path").asText());
            byte[] bytes = Files.readAllBytes(path);
            ((ObjectNode) file).put("size", bytes.length).put("sha256", RecordsExport.sha256(bytes));
        }
        byte[] rewritten = json.writeValueAsBytes(manifest);
        Files.write(export.resolve("manifest.json"), rewritten);
        ObjectNode payload =
                json.createObjectNode().put("manifest", "manifest.json").put("sha256", RecordsExport.sha256(rewritten));
        Files.writeString(
                export.resolve("manifest.sig"),
                SignedStatements.sign(
                        forger.signingKey(), ExportLayout.SIGNATURE_TYPE, json.writeValueAsBytes(payload)));
    }
}
