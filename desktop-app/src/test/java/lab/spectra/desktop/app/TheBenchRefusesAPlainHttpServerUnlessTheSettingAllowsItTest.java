package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.ui.Problems;
import org.junit.jupiter.api.Test;

/** {@code SPECTRA_SERVER_URL=http://...} of another machine stops the bench at start-up, in words. */
class TheBenchRefusesAPlainHttpServerUnlessTheSettingAllowsItTest {

    /** A server is configured in every case here, so the local one must never start. */
    private static final LocalServer NOT_NEEDED = new LocalServer() {
        @Override
        public Running start(Path dataDirectory, LocalLab lab) {
            throw new AssertionError("A bench with a configured server started a local one");
        }

        @Override
        public boolean hasLab(Path dataDirectory) {
            throw new AssertionError("A bench with a configured server looked for a local lab");
        }

        @Override
        public void setUp(Path dataDirectory, LabSetup setup) {
            throw new AssertionError("A bench with a configured server set up a local lab");
        }
    };

    private static DesktopSettings settings(Map<String, String> environment) {
        Map<String, String> withData = new HashMap<>(environment);
        withData.put("SPECTRA_DATA_DIR", SyncTestbed.newDataDirectory().toString());
        return DesktopSettings.from(withData);
    }

    @Test
    void aPlainHttpServerOnAnotherMachineIsRefusedBeforeAnythingIsOpened() {
        DesktopSettings plain = settings(Map.of("SPECTRA_SERVER_URL", "http://lims.example.org"));

        assertThatThrownBy(() -> DesktopAssembly.open(plain, new CurrentThreadTaskRunner(), NOT_NEEDED))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(failure -> assertThat(Problems.describe(failure))
                        .isEqualTo("The server address http://lims.example.org uses plain http, which would send"
                                + " passwords and lab data unencrypted over the network; use https://, or set"
                                + " SPECTRA_ALLOW_PLAIN_HTTP=true if this network is trusted"));
        assertThat(plain.benchDirectory()).doesNotExist();
    }

    @Test
    void theSettingLetsTheBenchUseAPlainHttpServer() {
        DesktopSettings allowed =
                settings(Map.of("SPECTRA_SERVER_URL", "http://lims.example.org", "SPECTRA_ALLOW_PLAIN_HTTP", "true"));

        try (DesktopAssembly assembly = DesktopAssembly.open(allowed, new CurrentThreadTaskRunner(), NOT_NEEDED)) {
            // The bench is set up (its keyring made) and waits for someone to sign in.
            assertThat(Keyring.existsIn(allowed.benchDirectory())).isTrue();
            assertThat(assembly.workstation().isOpen()).isFalse();
        }
    }
}
