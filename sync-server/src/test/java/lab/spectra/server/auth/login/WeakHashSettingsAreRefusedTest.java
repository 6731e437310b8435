package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeakHashSettingsAreRefusedTest {

    @Test
    void lessMemoryOrFewerPassesThanOwaspRecommendsIsRefused() {
        assertThatThrownBy(() -> new Argon2Settings(19_456, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OWASP");
        assertThatThrownBy(() -> new Argon2Settings(4_096, 8, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(19_456, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void owaspsListedConfigurationsAreAccepted() {
        assertThatNoException().isThrownBy(() -> new Argon2Settings(47_104, 1, 1));
        assertThat(Argon2Settings.OWASP_MINIMUM).isEqualTo(new Argon2Settings(19_456, 2, 1));
        assertThatNoException().isThrownBy(() -> new Argon2Settings(12_288, 3, 1));
        assertThatNoException().isThrownBy(() -> new Argon2Settings(9_216, 4, 1));
        assertThatNoException().isThrownBy(() -> new Argon2Settings(7_168, 5, 1));
    }
}
