package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export-records --organization <slug> --to <folder or zip>} run by the operator (here on a
 * single-PC lab's embedded database) writes an export that {@code verify-export} finds intact.
 */
class TheOperatorExportsAnOrganizationFromTheCommandLineTest {

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPECTRA_MODE", "single-pc");
        environment.put("SPECTRA_DATA_DIR", data.toString());
        environment.put("SPECTRA_NEW_ADMIN_PASSWORD", "first-admin-Zq7-passphrase");
        return environment;
    }

    @Test
    void anExportIntoAFolderAndOneIntoAZipBothVerify() {
        assertThat(ProductionSetup.command(environment(), "create-organization", "our-lab", "Our Lab", "admin@our.lab")
                        .exitCode())
                .isZero();

        ProductionSetup.Run toFolder = ProductionSetup.command(
                environment(),
                "export-records",
                "--organization",
                "our-lab",
                "--to",
                elsewhere.resolve("x").toString());
        ProductionSetup.Run toZip = ProductionSetup.command(
                environment(), "export-records", "--organization=our-lab", "--to=" + elsewhere.resolve("x.zip"));

        assertThat(toFolder.exitCode()).as(toFolder.err()).isZero();
        assertThat(toFolder.out()).contains("Exported our-lab").contains("audit chain head #");
        assertThat(toZip.exitCode()).as(toZip.err()).isZero();
        ProductionSetup.Run folderCheck = Exports.verify(elsewhere.resolve("x"));
        ProductionSetup.Run zipCheck = Exports.verify(elsewhere.resolve("x.zip"));
        assertThat(folderCheck.exitCode()).as(folderCheck.out()).isZero();
        assertThat(zipCheck.exitCode()).as(zipCheck.out()).isZero();
        assertThat(zipCheck.out()).contains("OK: ").contains("our-lab");
    }

    @Test
    void anUnknownOrganizationOrAMissingTargetIsAUsageError() {
        assertThat(ProductionSetup.command(environment(), "create-organization", "our-lab", "Our Lab", "admin@our.lab")
                        .exitCode())
                .isZero();

        ProductionSetup.Run unknown = ProductionSetup.command(
                environment(),
                "export-records",
                "--organization",
                "nobody",
                "--to",
                elsewhere.resolve("y").toString());
        ProductionSetup.Run noTarget =
                ProductionSetup.command(environment(), "export-records", "--organization", "our-lab");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No organization nobody");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).contains("Usage: export-records");
    }
}
