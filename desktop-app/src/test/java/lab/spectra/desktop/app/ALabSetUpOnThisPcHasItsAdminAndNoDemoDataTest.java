package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import org.junit.jupiter.api.Test;

/**
 * "Set up this lab": the lab runs on this PC in single-PC mode with its first admin and nothing
 * of the demo - no demo accounts, no sample instruments or samples - and a second setup is refused.
 */
class ALabSetUpOnThisPcHasItsAdminAndNoDemoDataTest {

    private static final String PASSWORD = "our-own-lab-passphrase-42";

    private final EmbeddedServer local = new EmbeddedServer();
    private final Path data = SyncTestbed.newDataDirectory();

    private static LabSetup setup(String password) {
        return new LabSetup("Thin Films Lab", "Ada Admin", "ada@films.example", password.toCharArray());
    }

    @Test
    void theFirstAdminSignsInToAnEmptyLabWithoutDemoAccounts() {
        local.setUp(data, setup(PASSWORD));
        DesktopSettings settings = DesktopSettings.from(Map.of("SPECTRA_DATA_DIR", data.toString()))
                .withLocalLab(LocalLab.LAB);

        assertThat(local.hasLab(data)).isTrue();
        try (LocalServer.Running server = local.start(data, LocalLab.LAB);
                Workstation bench = Workstation.open(settings.benchDirectory(), server.uri())) {
            assertThat(server.demoAccounts()).isEmpty();
            ServerSession admin = bench.signIn("ada@films.example", PASSWORD);
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.displayName()).isEqualTo("Ada Admin");
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertThat(new InstrumentLockouts(new BenchReads(bench.commands()), bench.clock()).evaluate())
                    .isEmpty();
            assertThat(new SampleQueries(new BenchReads(bench.commands()))
                            .page(null, null, 10)
                            .rows())
                    .isEmpty();
            assertThatThrownBy(() -> bench.signIn("admin@demo.lab", "admin123"))
                    .hasMessageContaining("The e-mail address or the password is wrong");
        }
        assertThat(settings.benchDirectory()).isEqualTo(data.resolve("lab").resolve("bench"));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasonAndNoLabIsMade() {
        assertThatThrownBy(() -> local.setUp(data, setup("password")))
                .hasMessageStartingWith("The password is not acceptable:");

        assertThat(local.hasLab(data)).isFalse();
    }

    @Test
    void aSecondSetupOnTheSamePcIsRefused() {
        local.setUp(data, setup(PASSWORD));

        assertThatThrownBy(() -> local.setUp(data, setup(PASSWORD))).hasMessageContaining("A lab is already set up");
    }
}
