package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lab's identity provider is configured from the environment: its people's organization is
 * the operator's setting (an organization id), never a claim, and the old claim setting stops the
 * server rather than being quietly ignored; benches are offered the provider only with a client id.
 */
class TheIdentityProvidersOrganizationIsSetByTheOperatorTest {

    private static final UUID LAB = UUID.fromString("0b7c2a4e-6a39-4f43-9d0c-3c1f2e5a7d11");

    private static Map<String, String> withProvider() {
        Map<String, String> environment = ProductionEnvironment.minimal();
        environment.put("SPECTRA_OIDC_ISSUER", "https://login.acme.example/realms/acme");
        environment.put("SPECTRA_OIDC_AUDIENCE", "spectra-lab-api");
        environment.put("SPECTRA_OIDC_JWKS_URL", "https://login.acme.example/realms/acme/certs");
        environment.put("SPECTRA_OIDC_ROLE_MAPPING", "lims-pis=pi, lims-techs=technician");
        environment.put("SPECTRA_OIDC_ORGANIZATION", LAB.toString());
        return environment;
    }

    @Test
    void theProviderIsTakenWithTheOrganizationItsPeopleBelongTo() {
        Map<String, String> environment = withProvider();
        environment.put("SPECTRA_OIDC_CLIENT_ID", "spectra-bench");
        environment.put("SPECTRA_OIDC_SCOPES", "openid email  profile groups");

        ServerConfig.OidcSettings oidc =
                ServerConfigLoader.load(environment).oidc().orElseThrow();

        assertThat(oidc.organization()).isEqualTo(LAB);
        assertThat(oidc.roleMapping()).containsEntry("lims-pis", "pi").containsEntry("lims-techs", "technician");
        ServerConfig.BenchSignIn bench = oidc.benchSignIn().orElseThrow();
        assertThat(bench.clientId()).isEqualTo("spectra-bench");
        assertThat(bench.scopes()).isEqualTo(List.of("openid", "email", "profile", "groups"));
        assertThat(bench.label()).isEqualTo("login.acme.example");
    }

    @Test
    void withoutAClientIdBenchesAreOfferedNoProviderSignIn() {
        ServerConfig.OidcSettings oidc =
                ServerConfigLoader.load(withProvider()).oidc().orElseThrow();

        assertThat(oidc.benchSignIn()).isEmpty();
    }

    @Test
    void aProviderWithoutTheOrganizationIsRefused() {
        Map<String, String> environment = withProvider();
        environment.remove("SPECTRA_OIDC_ORGANIZATION");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_OIDC_ORGANIZATION");
    }

    @Test
    void anOrganizationThatIsNoIdIsRefused() {
        Map<String, String> environment = withProvider();
        environment.put("SPECTRA_OIDC_ORGANIZATION", "acme");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be the organization's id");
    }

    @Test
    void theOrganizationClaimSettingStopsTheServer() {
        Map<String, String> environment = withProvider();
        environment.put("SPECTRA_OIDC_ORG_CLAIM", "org");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("never taken from a claim");
    }
}
