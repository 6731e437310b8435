package lab.spectra.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.server.ServerMain;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ProductionSetup;
import lab.spectra.server.testing.ProductionSetup.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab kept on one PC (H2, single-PC mode) is backed up while it works, the backup proves itself
 * by being restored aside and its audit trail verified, and a restore brings the lab back to the
 * moment of the backup; a damaged backup restores nothing.
 */
class ASinglePcLabIsBackedUpAndRestoredVerifiedTest {

    private static final String PASSWORD = "first-admin-Zq7-passphrase";

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPECTRA_MODE", "single-pc");
        environment.put("SPECTRA_DATA_DIR", data.toString());
        environment.put("SPECTRA_PORT", "0");
        environment.put("SPECTRA_NEW_ADMIN_PASSWORD", PASSWORD);
        return environment;
    }

    private SyncServer serve() {
        return ((ServerMain.Serving)
                        ProductionSetup.command(environment(), "serve").outcome())
                .server();
    }

    private static String token(Http http) {
        Http.Response login = http.post("/auth/login", null, Map.of("username", "admin@our.lab", "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return login.body().get("access_token").asText();
    }

    private static void registerSample(Http http, String token, String barcode) {
        assertThat(http.post("/api/lims/samples", token, Map.of("name", "Sample " + barcode, "barcode", barcode))
                        .status())
                .isEqualTo(201);
    }

    private static String dataEpochOf(Http http) {
        return http.get("/health", null)
                .raw()
                .headers()
                .firstValue(DataEpoch.HEADER)
                .orElseThrow();
    }

    private static boolean hasSample(Http http, String token, String barcode) {
        return !http.get("/api/lims/samples?barcode=" + barcode, token)
                .body()
                .get("items")
                .isEmpty();
    }

    @Test
    void aBackupTakenWhileTheLabWorksRestoresTheLabAsItWasThen() throws IOException {
        assertThat(ProductionSetup.command(environment(), "create-organization", "our-lab", "Our Lab", "admin@our.lab")
                        .exitCode())
                .isZero();
        Path backup = elsewhere.resolve("our-lab.zip");
        String epochBefore;
        try (SyncServer server = serve()) {
            Http http = new Http(server.baseUri());
            epochBefore = dataEpochOf(http);
            String token = token(http);
            assertThat(http.get("/.well-known/jwks.json", null).body().toString())
                    .contains("\"kty\":\"EC\"");
            registerSample(http, token, "BEFORE-1");

            Run written = ProductionSetup.command(environment(), "backup", backup.toString());

            assertThat(written.exitCode()).as(written.err()).isZero();
            assertThat(written.out())
                    .contains("Backup written to " + backup)
                    .contains("Verified: 1 organization, every audit trail intact");
            registerSample(http, token, "AFTER-1");
            Run whileOpen = ProductionSetup.command(environment(), "restore", backup.toString());
            assertThat(whileOpen.exitCode()).isEqualTo(2);
            assertThat(whileOpen.err()).contains("stop its server first");
        }

        Run restored = ProductionSetup.command(environment(), "restore", backup.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        try (Stream<Path> kept = Files.list(data)) {
            assertThat(kept.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("server.before-restore-"));
        }
        try (SyncServer server = serve()) {
            Http http = new Http(server.baseUri());
            String token = token(http);
            assertThat(hasSample(http, token, "BEFORE-1")).isTrue();
            assertThat(hasSample(http, token, "AFTER-1")).isFalse();
            assertThat(dataEpochOf(http))
                    .as("the restored data is a new epoch, so benches send again what it lacks")
                    .isNotEqualTo(epochBefore);
        }
        assertThat(ProductionSetup.command(environment(), "verify-audit").exitCode())
                .isZero();
    }

    @Test
    void aBackupWithAChangedFileIsRefusedAndRestoresNothing() throws IOException {
        ProductionSetup.command(environment(), "create-organization", "our-lab", "Our Lab", "admin@our.lab");
        Path backup = elsewhere.resolve("our-lab.zip");
        assertThat(ProductionSetup.command(environment(), "backup", backup.toString())
                        .exitCode())
                .isZero();
        Path tampered = elsewhere.resolve("tampered.zip");
        rewriteOneFile(backup, tampered);

        Run verified = ProductionSetup.command(environment(), "verify-backup", tampered.toString());
        Run restored = ProductionSetup.command(environment(), "restore", tampered.toString());

        assertThat(verified.exitCode()).isEqualTo(1);
        assertThat(verified.err()).contains("The backup cannot be used: Its files do not match its manifest");
        assertThat(restored.exitCode()).isEqualTo(1);
        try (Stream<Path> kept = Files.list(data)) {
            assertThat(kept.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("server.before-restore-"));
        }
        assertThat(ProductionSetup.command(environment(), "verify-backup", backup.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aSinglePcLabNeverServesTheDemoAccounts() {
        Run refused = ProductionSetup.command(environment(), "serve", "--demo");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("A single-PC lab never loads the demo labs");
    }

    /** Copies the backup with one byte of its record-signing key file changed. */
    private static void rewriteOneFile(Path from, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("record-signing-keys.jwks.json")) {
                    content[content.length / 2] ^= 1;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
