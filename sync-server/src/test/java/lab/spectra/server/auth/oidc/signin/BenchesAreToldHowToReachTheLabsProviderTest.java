package lab.spectra.server.auth.oidc.signin;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.CompanyIdentityProvider;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.LabWithItsIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bench asks the server, without signing in, where to send people: the provider's endpoints come
 * from its discovery document, the client id and scopes from the server's settings.
 */
class BenchesAreToldHowToReachTheLabsProviderTest {

    private static LabWithItsIdentityProvider company;

    @BeforeAll
    static void start() {
        company = LabWithItsIdentityProvider.start("discovery");
    }

    @AfterAll
    static void stop() {
        company.close();
    }

    @Test
    void theProviderIsDescribedFromItsDiscoveryDocument() {
        Http.Response described = company.http.get("/auth/oidc", null);

        assertThat(described.status()).isEqualTo(200);
        String issuer = company.provider.issuer();
        assertThat(described.body().get("issuer").asText()).isEqualTo(issuer);
        assertThat(described.body().get("authorization_endpoint").asText()).startsWith(issuer.replaceAll("/$", ""));
        assertThat(described.body().get("token_endpoint").asText()).startsWith(issuer.replaceAll("/$", ""));
        assertThat(described.body().get("client_id").asText()).isEqualTo(CompanyIdentityProvider.CLIENT_ID);
        assertThat(described.body().get("scopes").toString()).contains("openid");
        assertThat(described.body().get("label").asText()).isEqualTo("Acme");
    }
}
