package lab.spectra.server.auth.oidc;

import static lab.spectra.server.auth.oidc.OidcFixtures.FIXED_ORGANIZATION;
import static lab.spectra.server.auth.oidc.OidcFixtures.PROVIDER;
import static lab.spectra.server.auth.oidc.OidcFixtures.SETTINGS;
import static lab.spectra.server.auth.oidc.OidcFixtures.SUBJECT;
import static lab.spectra.server.auth.oidc.OidcFixtures.providerClaims;
import static lab.spectra.server.auth.oidc.OidcFixtures.providerToken;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.AccessClaims;
import lab.spectra.server.auth.token.TokenFixtures;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.auth.token.TokenSettings;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class OidcClaimMappingTest {

    private final TestClock clock = new TestClock();
    private final OidcTokenVerifier verifier = OidcFixtures.verifier(SETTINGS, clock);

    private AccessClaims verified(TokenVerification result) {
        assertThat(result).isInstanceOf(TokenVerification.Verified.class);
        return ((TokenVerification.Verified) result).claims();
    }

    @Test
    void aProviderTokenBecomesTheSameAccessClaimsAsOurOwn() {
        AccessClaims claims = verified(
                verifier.verify(providerToken(providerClaims(clock.instant()).build())));

        assertThat(claims.issuer()).isEqualTo(PROVIDER);
        assertThat(claims.subject()).isEqualTo(SUBJECT);
        assertThat(claims.email()).isEqualTo("ada@lab.test");
        assertThat(claims.organizationId()).isEqualTo(FIXED_ORGANIZATION);
        assertThat(claims.issuedAt()).isEqualTo(TestClock.START);
    }

    @Test
    void ofSeveralMappedRolesTheStrongestWins() {
        AccessClaims claims = verified(
                verifier.verify(providerToken(providerClaims(clock.instant()).build())));

        assertThat(claims.role()).isEqualTo(Role.PI);
    }

    @Test
    void aRoleClaimNamedByANamespaceUrlIsReadLiterallyAndMayBeASingleString() {
        OidcSettings namespaced = new OidcSettings(
                PROVIDER,
                OidcFixtures.AUDIENCE,
                OidcSettings.DEFAULT_ALGORITHMS,
                new RoleClaimMapping("https://spectra.lab.test/role", Map.of("technician", Role.TECHNICIAN)),
                new OrganizationSource.Fixed(FIXED_ORGANIZATION),
                "email",
                TokenSettings.DEFAULT_CLOCK_SKEW);
        String token = providerToken(providerClaims(clock.instant())
                .claim("https://spectra.lab.test/role", "technician")
                .build());

        AccessClaims claims = verified(OidcFixtures.verifier(namespaced, clock).verify(token));

        assertThat(claims.role()).isEqualTo(Role.TECHNICIAN);
    }

    @Test
    void theUserIdIsDerivedFromIssuerAndSubjectAndStaysTheSame() {
        AccessClaims first = verified(
                verifier.verify(providerToken(providerClaims(clock.instant()).build())));
        AccessClaims second = verified(
                verifier.verify(providerToken(providerClaims(clock.instant()).build())));

        assertThat(first.userId())
                .isEqualTo(second.userId())
                .isEqualTo(OidcTokenVerifier.userIdFor(PROVIDER, SUBJECT))
                .isNotEqualTo(OidcTokenVerifier.userIdFor("https://other-idp.test", SUBJECT));
        assertThat(first.tokenId()).isNotEqualTo(second.tokenId());
    }

    @Test
    void aUuidSubjectIsNotTakenAsOneOfOurUserIds() {
        UUID localUser = TokenFixtures.USER;
        String token = providerToken(
                providerClaims(clock.instant()).subject(localUser.toString()).build());

        assertThat(verified(verifier.verify(token)).userId()).isNotEqualTo(localUser);
    }

    @Test
    void theOrganizationMayComeFromAClaim() {
        UUID organization = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000000cc");
        OidcTokenVerifier fromClaim = OidcFixtures.verifier(
                new OidcSettings(
                        PROVIDER,
                        OidcFixtures.AUDIENCE,
                        OidcSettings.DEFAULT_ALGORITHMS,
                        OidcFixtures.KEYCLOAK_ROLES,
                        new OrganizationSource.FromClaim("spectra.org"),
                        "email",
                        TokenSettings.DEFAULT_CLOCK_SKEW),
                clock);

        String withOrg = providerToken(providerClaims(clock.instant())
                .claim("spectra", Map.of("org", organization.toString()))
                .build());
        String withBadOrg = providerToken(providerClaims(clock.instant())
                .claim("spectra", Map.of("org", "acme-labs"))
                .build());
        String withoutOrg = providerToken(providerClaims(clock.instant()).build());

        assertThat(verified(fromClaim.verify(withOrg)).organizationId()).isEqualTo(organization);
        assertThat(rejectionOf(fromClaim.verify(withBadOrg))).isEqualTo(TokenRejection.INVALID_CLAIM);
        assertThat(rejectionOf(fromClaim.verify(withoutOrg))).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aTokenWhoseRolesMapToNoLabRoleIsRejected() {
        String token = providerToken(providerClaims(clock.instant())
                .claim("realm_access", Map.of("roles", List.of("offline_access", "uma_authorization")))
                .build());

        assertThat(rejectionOf(verifier.verify(token))).isEqualTo(TokenRejection.NO_MAPPED_ROLE);
    }

    @Test
    void aTokenWithoutTheRoleClaimIsRejected() {
        String token = providerToken(
                providerClaims(clock.instant()).claim("realm_access", null).build());

        assertThat(rejectionOf(verifier.verify(token))).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aRoleClaimOfTheWrongShapeIsRejected() {
        String token = providerToken(providerClaims(clock.instant())
                .claim("realm_access", Map.of("roles", Map.of("lab-admin", true)))
                .build());

        assertThat(rejectionOf(verifier.verify(token))).isEqualTo(TokenRejection.INVALID_CLAIM);
    }

    @Test
    void theEmailClaimIsConfigurable() {
        OidcTokenVerifier byUsername = OidcFixtures.verifier(SETTINGS.withEmailClaim("upn"), clock);
        String token = providerToken(
                providerClaims(clock.instant()).claim("upn", "ada@corp.test").build());

        assertThat(verified(byUsername.verify(token)).email()).isEqualTo("ada@corp.test");
        assertThat(rejectionOf(byUsername.verify(
                        providerToken(providerClaims(clock.instant()).build()))))
                .isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aTokenWithoutJtiGetsAStableDigestAsItsId() {
        String token = providerToken(providerClaims(clock.instant()).jwtID(null).build());

        String first = verified(verifier.verify(token)).tokenId();
        String second = verified(verifier.verify(token)).tokenId();

        assertThat(first).startsWith("sha256:").isEqualTo(second);
    }
}
