package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code SPECTRA_ALLOWED_HOSTS}: a server listening on loopback answers only to this PC's names
 * unless told otherwise; one listening on the network answers to any name unless given a list.
 */
class LoopbackServersAnswerOnlyToLoopbackNamesByDefaultTest {

    private static List<String> allowedHosts(String... settings) throws Exception {
        Path data = Files.createTempDirectory("spectra-hosts-");
        Map<String, String> environment = new HashMap<>(Map.of("SPECTRA_DATA_DIR", data.toString()));
        for (int i = 0; i < settings.length; i += 2) {
            environment.put(settings[i], settings[i + 1]);
        }
        return ServerConfigLoader.load(environment).listener().allowedHosts();
    }

    @Test
    void aDevelopmentServerOnLoopbackAnswersOnlyToLoopbackNames() throws Exception {
        assertThat(allowedHosts()).containsExactly("localhost", "127.0.0.1", "[::1]");
    }

    @Test
    void aServerOnAllInterfacesAnswersToAnyNameUnlessGivenAList() throws Exception {
        assertThat(allowedHosts("SPECTRA_HOST", "0.0.0.0")).isEmpty();
        assertThat(allowedHosts("SPECTRA_HOST", "0.0.0.0", "SPECTRA_ALLOWED_HOSTS", " LIMS.example.org, lims "))
                .containsExactly("lims.example.org", "lims");
    }

    @Test
    void aStarAllowsAnyNameEvenOnLoopback() throws Exception {
        assertThat(allowedHosts("SPECTRA_ALLOWED_HOSTS", "*")).isEmpty();
    }
}
