package lab.spectra.server.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.TokenFixtures;

/**
 * A Keycloak-like external provider for the OIDC tests: its key pair, its JWKS as a local source
 * (no network), and tokens shaped like the ones it issues.
 */
final class OidcFixtures {

    static final String PROVIDER = "https://idp.lab.test/realms/spectra";
    static final String AUDIENCE = "spectra-api";
    static final String SUBJECT = "f:5b1d:ada.lovelace";
    static final UUID FIXED_ORGANIZATION = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000000bb");

    static final RSAKey PROVIDER_KEY = generate("idp-key-1");

    static final RoleClaimMapping KEYCLOAK_ROLES = new RoleClaimMapping(
            "realm_access.roles",
            Map.of(
                    "lab-viewer", Role.VIEWER,
                    "lab-technician", Role.TECHNICIAN,
                    "lab-engineer", Role.ENGINEER,
                    "lab-pi", Role.PI,
                    "lab-admin", Role.ADMIN));

    static final OidcSettings SETTINGS =
            OidcSettings.of(PROVIDER, AUDIENCE, KEYCLOAK_ROLES, new OrganizationSource.Fixed(FIXED_ORGANIZATION));

    private OidcFixtures() {}

    static JWKSource<SecurityContext> providerJwks() {
        return new ImmutableJWKSet<>(new JWKSet(PROVIDER_KEY.toPublicJWK()));
    }

    static OidcTokenVerifier verifier(OidcSettings settings, Clock clock) {
        return new OidcTokenVerifier(settings, providerJwks(), clock);
    }

    /** Claims like those of a Keycloak access token for Ada, an engineer and PI. */
    static JWTClaimsSet.Builder providerClaims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(PROVIDER)
                .audience(List.of(AUDIENCE, "account"))
                .subject(SUBJECT)
                .claim("typ", "Bearer")
                .claim("azp", "spectra-desktop")
                .claim("email", "ada@lab.test")
                .claim("preferred_username", "ada")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "lab-engineer", "lab-pi")))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    static String providerToken(JWTClaimsSet claims) {
        return providerToken(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(PROVIDER_KEY.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
    }

    static String providerToken(JWSHeader header, JWTClaimsSet claims) {
        try {
            return TokenFixtures.sign(header, claims, new RSASSASigner(PROVIDER_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
