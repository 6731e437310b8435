package lab.spectra.server.auth.oidc.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.CompanyIdentityProvider;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.LabWithItsIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange accepts tokens of the one provider the operator configured, and makes no account
 * for anything else: another provider's token, garbage, or no token at all.
 */
class OnlyTheConfiguredProviderSignsPeopleInTest {

    private static LabWithItsIdentityProvider company;
    private static CompanyIdentityProvider stranger;

    @BeforeAll
    static void start() {
        company = LabWithItsIdentityProvider.start("issuers");
        stranger = CompanyIdentityProvider.start("stranger");
    }

    @AfterAll
    static void stop() {
        stranger.close();
        company.close();
    }

    @Test
    void aTokenOfAProviderTheServerWasNotToldAboutIsRefused() {
        String email = "eve-" + UUID.randomUUID() + "@stranger.example";
        String token = stranger.signIn("eve", CompanyIdentityProvider.person(email, "Eve", "lab-admins"));

        Http.Response refused = company.exchange(token);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("invalid_token");
        int accounts = company.lab.database.inTenant(company.org.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT count(*) FROM users WHERE email = ?")) {
                select.setString(1, email);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
        assertThat(accounts).isZero();
    }

    @Test
    void somethingThatIsNoTokenIsRefusedInWords() {
        Http.Response garbage = company.exchange("not.a.token");
        Http.Response missing = company.http.post("/auth/oidc/exchange", null, Map.of());

        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.message()).isNotBlank();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("invalid_input");
    }

    @Test
    void aServerWithoutAProviderSaysSo() {
        Http http = DemoServer.get().http;

        assertThat(http.get("/auth/oidc", null).code()).isEqualTo("oidc_not_configured");
        assertThat(http.post("/auth/oidc/exchange", null, Map.of("access_token", "x"))
                        .status())
                .isEqualTo(404);
    }
}
