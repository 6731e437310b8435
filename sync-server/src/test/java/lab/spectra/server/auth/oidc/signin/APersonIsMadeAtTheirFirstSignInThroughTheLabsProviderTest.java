package lab.spectra.server.auth.oidc.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import lab.spectra.model.org.Organization;
import lab.spectra.server.testing.CompanyIdentityProvider;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.LabWithItsIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: someone of the company signs in through its identity provider for the first time, and
 * the server makes their account just in time: with the role the provider's group maps to, in the
 * organization the server's operator configured, audited as made by the provider.
 */
class APersonIsMadeAtTheirFirstSignInThroughTheLabsProviderTest {

    private static LabWithItsIdentityProvider company;

    @BeforeAll
    static void start() {
        company = LabWithItsIdentityProvider.start("jit");
    }

    @AfterAll
    static void stop() {
        company.close();
    }

    private static Http.Response me(Http.Response session) {
        return company.http.get("/auth/me", session.body().get("access_token").asText());
    }

    @Test
    void theFirstSignInMakesThePersonWithTheMappedRoleInTheConfiguredOrganization() {
        String email = "grace-" + UUID.randomUUID() + "@acme.example";
        Http.Response session = company.exchange(
                "grace-" + UUID.randomUUID(), CompanyIdentityProvider.person(email, "Grace Hopper", "lab-pis"));

        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        assertThat(session.body().get("refresh_token").asText()).isNotBlank();
        Http.Response me = me(session);
        assertThat(me.body().get("email").asText()).isEqualTo(email);
        assertThat(me.body().get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(me.body().get("role").asText()).isEqualTo("pi");
        assertThat(me.body().get("organization").get("id").asText())
                .isEqualTo(company.org.id().toString());

        UUID person = UUID.fromString(me.body().get("id").asText());
        assertThat(ProviderTrail.about(company, person)).first().satisfies(created -> {
            assertThat(created.action()).isEqualTo("CreateUser");
            assertThat(created.actor()).isNull();
            assertThat(created.reason()).startsWith("OIDC " + company.provider.issuer());
        });
        assertThat(ProviderTrail.about(company, person))
                .extracting(ProviderTrail.Entry::action)
                .contains("auth:SignIn");
    }

    @Test
    void anOrganizationNamedInTheTokenIsIgnored() {
        Organization elsewhere = company.lab.provisioning.createOrganization(
                "elsewhere-" + UUID.randomUUID().toString().substring(0, 8), "Elsewhere", null);
        Map<String, Object> claims = CompanyIdentityProvider.person(
                "mallory-" + UUID.randomUUID() + "@acme.example", "Mallory", "lab-technicians");
        claims.put("org", elsewhere.id().toString());
        claims.put("organization_id", elsewhere.id().toString());

        Http.Response me = me(company.exchange("mallory-" + UUID.randomUUID(), claims));

        assertThat(me.body().get("organization").get("id").asText())
                .isEqualTo(company.org.id().toString());
    }

    @Test
    void aPersonIsKnownByTheirSubjectSoANewEmailAddressKeepsTheirAccount() {
        String subject = "alan-" + UUID.randomUUID();
        Http.Response before = me(company.exchange(
                subject, CompanyIdentityProvider.person("alan@old.example", "Alan Turing", "lab-technicians")));
        String newAddress = "alan-" + UUID.randomUUID() + "@new.example";

        Http.Response after = me(company.exchange(
                subject, CompanyIdentityProvider.person(newAddress, "Alan Turing", "lab-technicians")));

        assertThat(after.body().get("id").asText())
                .isEqualTo(before.body().get("id").asText());
        assertThat(after.body().get("email").asText()).isEqualTo(newAddress);
    }

    @Test
    void anAccountThatSignsInWithAPasswordIsNotTakenOverByItsEmailAddress() {
        String passwordPersonsAddress = "tech@" + company.org.organization().slug() + ".test";

        Http.Response refused = company.exchange(
                "impostor-" + UUID.randomUUID(),
                CompanyIdentityProvider.person(passwordPersonsAddress, "Impostor", "lab-admins"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("email_taken");
        assertThat(ProviderTrail.about(company, company.org.technician().userId()))
                .extracting(ProviderTrail.Entry::action)
                .containsOnly("CreateUser");
    }
}
