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
 * The provider stays the authority on its people's roles: each sign-in brings the account's name
 * and role up to date, audited as the provider's change; a token that maps to no lab role any more
 * signs nobody in and changes nothing.
 */
class ALaterSignInTakesTheRoleTheProviderGivesNowTest {

    private static LabWithItsIdentityProvider company;

    @BeforeAll
    static void start() {
        company = LabWithItsIdentityProvider.start("roles");
    }

    @AfterAll
    static void stop() {
        company.close();
    }

    private static Http.Response me(Http.Response session) {
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        return company.http.get("/auth/me", session.body().get("access_token").asText());
    }

    @Test
    void aSecondSignInWithAnotherGroupChangesTheRoleAndTheTrailSaysTheProviderDidIt() {
        String subject = "katherine-" + UUID.randomUUID();
        String email = subject + "@acme.example";
        Http.Response first =
                me(company.exchange(subject, CompanyIdentityProvider.person(email, "K. Johnson", "lab-technicians")));
        assertThat(first.body().get("role").asText()).isEqualTo("technician");

        Http.Response second =
                me(company.exchange(subject, CompanyIdentityProvider.person(email, "Katherine Johnson", "lab-pis")));

        assertThat(second.body().get("id").asText())
                .isEqualTo(first.body().get("id").asText());
        assertThat(second.body().get("role").asText()).isEqualTo("pi");
        assertThat(second.body().get("name").asText()).isEqualTo("Katherine Johnson");
        UUID person = UUID.fromString(second.body().get("id").asText());
        assertThat(ProviderTrail.about(company, person))
                .filteredOn(entry -> entry.action().equals("ChangeUserRole"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.actor()).isNull();
                    assertThat(change.reason()).startsWith("OIDC " + company.provider.issuer());
                });
    }

    @Test
    void aTokenWhoseGroupsMapToNoLabRoleSignsNobodyInAndChangesNothing() {
        String subject = "dorothy-" + UUID.randomUUID();
        String email = subject + "@acme.example";
        Http.Response first =
                me(company.exchange(subject, CompanyIdentityProvider.person(email, "Dorothy", "lab-admins")));
        UUID person = UUID.fromString(first.body().get("id").asText());
        int entriesBefore = ProviderTrail.about(company, person).size();

        Map<String, Object> dropped = CompanyIdentityProvider.person(email, "Dorothy", "canteen-committee");
        Http.Response refused = company.exchange(subject, dropped);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("no_lab_role");
        assertThat(ProviderTrail.about(company, person)).hasSize(entriesBefore);
    }
}
