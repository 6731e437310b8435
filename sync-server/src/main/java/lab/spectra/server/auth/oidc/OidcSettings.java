package lab.spectra.server.auth.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import lab.spectra.server.auth.token.TokenSettings;

/**
 * An external OpenID Connect provider whose access tokens this server accepts.
 *
 * @param issuer        the provider's {@code iss}, exactly as it writes it
 * @param audience      the {@code aud} the provider puts in tokens meant for this server
 * @param algorithms    the JWS algorithms accepted from it: asymmetric ones only (RSA or EC
 *                      families), since a shared secret with an external party is not a key pair
 * @param roleMapping   how its role claim maps to lab roles
 * @param organization  where the organization comes from
 * @param emailClaim    the claim holding the email address
 * @param clockSkew     tolerance for the provider's clock
 */
public record OidcSettings(
        String issuer,
        String audience,
        Set<String> algorithms,
        RoleClaimMapping roleMapping,
        OrganizationSource organization,
        String emailClaim,
        Duration clockSkew) {

    public static final Set<String> DEFAULT_ALGORITHMS = Set.of("RS256", "ES256");

    public OidcSettings {
        TokenSettings.requireText(issuer, "issuer");
        TokenSettings.requireText(audience, "audience");
        Objects.requireNonNull(algorithms, "algorithms");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("At least one algorithm must be accepted from " + issuer);
        }
        for (String name : algorithms) {
            JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
            if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)) {
                throw new IllegalArgumentException("Algorithm " + name + " is not accepted from an external issuer;"
                        + " use RSA or EC signatures (e.g. RS256, ES256)");
            }
        }
        Objects.requireNonNull(roleMapping, "roleMapping");
        Objects.requireNonNull(organization, "organization");
        TokenSettings.requireText(emailClaim, "emailClaim");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and 5 minutes, was " + clockSkew);
        }
    }

    /** Settings accepting RS256 and ES256, the email in {@code email}, and 30 s of clock skew. */
    public static OidcSettings of(
            String issuer, String audience, RoleClaimMapping roleMapping, OrganizationSource organization) {
        return new OidcSettings(
                issuer,
                audience,
                DEFAULT_ALGORITHMS,
                roleMapping,
                organization,
                "email",
                TokenSettings.DEFAULT_CLOCK_SKEW);
    }

    public OidcSettings withAlgorithms(Set<String> accepted) {
        return new OidcSettings(issuer, audience, accepted, roleMapping, organization, emailClaim, clockSkew);
    }

    public OidcSettings withEmailClaim(String claim) {
        return new OidcSettings(issuer, audience, algorithms, roleMapping, organization, claim, clockSkew);
    }

    public OidcSettings withClockSkew(Duration skew) {
        return new OidcSettings(issuer, audience, algorithms, roleMapping, organization, emailClaim, skew);
    }
}
