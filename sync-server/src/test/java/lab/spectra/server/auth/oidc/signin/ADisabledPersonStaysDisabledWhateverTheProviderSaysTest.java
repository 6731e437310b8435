package lab.spectra.server.auth.oidc.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.CompanyIdentityProvider;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.LabWithItsIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin of the lab deactivates someone who signs in through the provider: the provider still
 * vouches for them, but the server refuses the sign-in, keeps the account as it is, and audits the
 * attempt.
 */
class ADisabledPersonStaysDisabledWhateverTheProviderSaysTest {

    private static LabWithItsIdentityProvider company;

    @BeforeAll
    static void start() {
        company = LabWithItsIdentityProvider.start("disabled");
    }

    @AfterAll
    static void stop() {
        company.close();
    }

    private static String signIn(String subject, String group) {
        Http.Response session =
                company.exchange(subject, CompanyIdentityProvider.person(subject + "@acme.example", subject, group));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        return session.body().get("access_token").asText();
    }

    @Test
    void aDeactivatedPersonIsRefusedAndTheirRoleIsNotChanged() {
        String admin = signIn("admin-" + UUID.randomUUID(), "lab-admins");
        String leaver = "leaver-" + UUID.randomUUID();
        UUID leaverId = UUID.fromString(company.http
                .get("/auth/me", signIn(leaver, "lab-technicians"))
                .body()
                .get("id")
                .asText());
        Http.Response deactivated = company.http.post(
                "/api/admin/people/" + leaverId + "/deactivate", admin, Map.of("reason", "left the company"));
        assertThat(deactivated.status()).as(deactivated.body().toString()).isEqualTo(200);

        Http.Response refused = company.exchange(
                leaver, CompanyIdentityProvider.person(leaver + "@acme.example", leaver, "lab-admins"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("account_disabled");
        Http.Response person = company.http.get("/api/admin/people/" + leaverId, admin);
        assertThat(person.body().get("role").asText()).isEqualTo("technician");
        assertThat(person.body().get("active").asBoolean()).isFalse();
        assertThat(ProviderTrail.about(company, leaverId))
                .extracting(ProviderTrail.Entry::action)
                .endsWith("auth:SignInFailed")
                .doesNotContain("ChangeUserRole");
    }
}
