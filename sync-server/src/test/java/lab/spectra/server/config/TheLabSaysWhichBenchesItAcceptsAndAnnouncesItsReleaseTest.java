package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import lab.spectra.model.protocol.SyncProtocol;
import org.junit.jupiter.api.Test;

/**
 * {@code SPECTRA_OLDEST_SYNC_PROTOCOL} sets the oldest bench protocol the server accepts (every one
 * it reads by default, never more than it speaks); {@code SPECTRA_LATEST_BENCH_VERSION} and
 * {@code SPECTRA_BENCH_INSTALLER_URL} are announced to benches when set (issue 22).
 */
class TheLabSaysWhichBenchesItAcceptsAndAnnouncesItsReleaseTest {

    private static Map<String, String> production() {
        return ProductionEnvironment.minimal();
    }

    @Test
    void byDefaultEveryBenchTheServerCanReadIsAcceptedAndNothingIsAnnounced() {
        ServerConfig.BenchReleases releases =
                ServerConfigLoader.load(production()).benchReleases();

        assertThat(releases.protocols())
                .isEqualTo(new SyncProtocol.Range(SyncProtocol.UNVERSIONED, SyncProtocol.CURRENT));
        assertThat(releases.latestBenchVersion()).isEmpty();
        assertThat(releases.installerUrl()).isEmpty();
    }

    @Test
    void theLabRaisesTheFloorAndAnnouncesItsRelease() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_OLDEST_SYNC_PROTOCOL", "2");
        environment.put("SPECTRA_LATEST_BENCH_VERSION", " 0.3.0 ");
        environment.put("SPECTRA_BENCH_INSTALLER_URL", "https://lims.example.org/bench/spectra-lab-0.3.0.msi");

        ServerConfig.BenchReleases releases =
                ServerConfigLoader.load(environment).benchReleases();

        assertThat(releases.protocols().oldestAccepted()).isEqualTo(2);
        assertThat(releases.latestBenchVersion()).contains("0.3.0");
        assertThat(releases.installerUrl()).contains("https://lims.example.org/bench/spectra-lab-0.3.0.msi");
    }

    @Test
    void aFloorAboveWhatTheServerSpeaksOrNotANumberIsRefusedAtStart() {
        Map<String, String> tooHigh = production();
        tooHigh.put("SPECTRA_OLDEST_SYNC_PROTOCOL", Integer.toString(SyncProtocol.CURRENT + 1));
        Map<String, String> garbled = production();
        garbled.put("SPECTRA_OLDEST_SYNC_PROTOCOL", "latest");

        assertThatThrownBy(() -> ServerConfigLoader.load(tooHigh))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_OLDEST_SYNC_PROTOCOL");
        assertThatThrownBy(() -> ServerConfigLoader.load(garbled))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_OLDEST_SYNC_PROTOCOL");
    }
}
