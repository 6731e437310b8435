package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code SPECTRA_METRICS_PORT} turns the Prometheus endpoint on, on loopback unless
 * {@code SPECTRA_METRICS_HOST} names another address; it is never the API's port (ADR 0035).
 */
class MetricsAreOffUntilGivenAPortOfTheirOwnOnLoopbackTest {

    private static Map<String, String> production() {
        return ProductionEnvironment.minimal();
    }

    @Test
    void withoutAMetricsPortThereAreNoMetrics() {
        assertThat(ServerConfigLoader.load(production()).metrics()).isEmpty();
    }

    @Test
    void aMetricsPortIsServedOnLoopbackByDefault() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_METRICS_PORT", "9464");

        ServerConfig.Metrics metrics =
                ServerConfigLoader.load(environment).metrics().orElseThrow();

        assertThat(metrics).isEqualTo(new ServerConfig.Metrics("127.0.0.1", 9464));
    }

    @Test
    void anotherAddressIsTakenWhenTheOperatorNamesIt() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_METRICS_PORT", "9464");
        environment.put("SPECTRA_METRICS_HOST", "10.0.0.5");

        assertThat(ServerConfigLoader.load(environment).metrics()).contains(new ServerConfig.Metrics("10.0.0.5", 9464));
    }

    @Test
    void theApiPortIsRefusedAsTheMetricsPort() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_PORT", "8080");
        environment.put("SPECTRA_METRICS_PORT", "8080");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_METRICS_PORT must differ from SPECTRA_PORT");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_METRICS_PORT", "70000");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_METRICS_PORT must be a port number");
    }

    @Test
    void aMetricsAddressWithoutAPortIsRefusedRatherThanIgnored() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_METRICS_HOST", "0.0.0.0");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_METRICS_HOST is set but SPECTRA_METRICS_PORT is not");
    }
}
