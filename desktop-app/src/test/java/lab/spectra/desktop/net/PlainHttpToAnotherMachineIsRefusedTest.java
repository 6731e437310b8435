package lab.spectra.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import lab.spectra.model.protocol.DomainJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bench sends passwords, tokens and lab data to its server: over plain http only to this PC
 * itself, or where a setting allows it; everything else must be https.
 */
class PlainHttpToAnotherMachineIsRefusedTest {

    private static ServerLink linkTo(String address) {
        return new ServerLink(URI.create(address), DomainJson.newMapper());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://lims.example.org",
                "http://10.0.0.5:8080",
                "http://localhost.attacker.example",
                "http://127.0.0.1.nip.io:8080",
                "HTTP://LIMS.EXAMPLE.ORG/"
            })
    void aPlainHttpAddressOfAnotherMachineIsRefusedWithWhatToDoInstead(String address) {
        assertThatThrownBy(() -> linkTo(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("https://")
                .hasMessageContaining("SPECTRA_ALLOW_PLAIN_HTTP");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://lims.example.org",
                "http://localhost:8080",
                "http://127.0.0.1:8080",
                "http://127.1.2.3",
                "http://[::1]:8080"
            })
    void httpsAnywhereAndPlainHttpToThisPcAreAccepted(String address) {
        assertThat(linkTo(address).baseUri().getHost()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://lims.example.org", "lims.example.org"})
    void anAddressThatIsNotAWebAddressIsRefused(String address) {
        assertThatThrownBy(() -> linkTo(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://lims.example.org", "http://10.0.0.5:8080"})
    void theSettingAllowsPlainHttpOnATrustedNetwork(String address) {
        assertThatCode(() -> new ServerLink(URI.create(address), DomainJson.newMapper(), PlainHttp.ALLOWED))
                .doesNotThrowAnyException();
    }
}
