package lab.spectra.server.auth.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.AccessClaims;
import lab.spectra.server.auth.token.AccessTokenVerifier;
import lab.spectra.server.auth.token.ClaimReader;
import lab.spectra.server.auth.token.SignedJwtValidator;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts access tokens of an external OpenID Connect provider (Keycloak, Entra ID, Auth0, ...)
 * and turns them into the same {@link AccessClaims} as this server's own tokens.
 *
 * <p>The signature, algorithm, key, issuer, audience and time checks are the same as for our own
 * tokens; keys come from the provider's JWKS (fetched and cached by nimbus in production, a local
 * set in tests). Then:
 * <ul>
 *   <li>token kind: a header {@code typ} other than {@code at+jwt}/{@code JWT}, a Keycloak
 *       {@code typ} claim other than {@code Bearer}, or a Cognito {@code token_use} other than
 *       {@code access} is refused, so ID and refresh tokens do not pass as access tokens (the
 *       configured audience must be this API, not the client id, for ID tokens to fail the
 *       audience check too);</li>
 *   <li>user: provider subjects are not our UUIDs, so the user id is derived from issuer and
 *       subject ({@link #userIdFor}), stable across logins and never equal to another issuer's
 *       user; the raw {@code sub} is kept in {@link AccessClaims#subject()} for account linking;</li>
 *   <li>role and organization: from the configured {@link RoleClaimMapping} and
 *       {@link OrganizationSource}.</li>
 * </ul>
 */
public final class OidcTokenVerifier implements AccessTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(OidcTokenVerifier.class);

    private static final Set<String> ACCESS_HEADER_TYPES = Set.of("at+jwt", "application/at+jwt", "jwt");

    private final OidcSettings settings;
    private final SignedJwtValidator validator;

    /**
     * A verifier checking signatures against {@code keys}: a local {@code ImmutableJWKSet} in tests,
     * or the remote source of {@link #withRemoteJwks}.
     */
    public OidcTokenVerifier(OidcSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Set<JWSAlgorithm> algorithms =
                settings.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toUnmodifiableSet());
        this.validator = new SignedJwtValidator(
                settings.issuer(), settings.audience(), algorithms, keys, settings.clockSkew(), clock);
    }

    /**
     * A verifier fetching the provider's keys from {@code jwksUrl}, with nimbus's caching,
     * rate-limited refetch when an unknown {@code kid} shows up (the provider rotated its keys), and
     * one retry on network errors. The URL must be HTTPS, except on a loopback host for a local test
     * provider: keys fetched over plain HTTP could be swapped on the way.
     */
    public static OidcTokenVerifier withRemoteJwks(OidcSettings settings, URL jwksUrl, Clock clock) {
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        boolean loopback = Set.of("localhost", "127.0.0.1", "[::1]")
                .contains(jwksUrl.getHost().toLowerCase(Locale.ROOT));
        if (!"https".equalsIgnoreCase(jwksUrl.getProtocol()) && !loopback) {
            throw new IllegalArgumentException("The JWKS URL of " + settings.issuer() + " must use https: " + jwksUrl);
        }
        JWKSource<SecurityContext> keys =
                JWKSourceBuilder.<SecurityContext>create(jwksUrl).retrying(true).build();
        return new OidcTokenVerifier(settings, keys, clock);
    }

    /** The user id a token of {@code issuer} with subject {@code subject} is given. */
    public static UUID userIdFor(String issuer, String subject) {
        // A name-based UUID: the same person always maps to the same id, and the issuer is part of
        // the name, so two providers cannot produce the same user.
        return UUID.nameUUIDFromBytes(("oidc\n" + issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String issuer() {
        return settings.issuer();
    }

    @Override
    public TokenVerification verify(String token) {
        SignedJwtValidator.Outcome outcome = validator.validate(token);
        TokenVerification result = outcome instanceof SignedJwtValidator.Outcome.Passed passed
                ? accessClaims(token, passed.header(), passed.claims())
                : ((SignedJwtValidator.Outcome.Failed) outcome).invalid();
        if (result instanceof TokenVerification.Invalid invalid) {
            LOG.debug("Token of {} rejected: {} ({})", settings.issuer(), invalid.code(), invalid.message());
        }
        return result;
    }

    /**
     * A person the provider vouches for: the verified claims, and the name to show for them.
     *
     * @param displayName the configured name claim, else {@code preferred_username}, else the e-mail
     */
    public record ProviderPerson(AccessClaims claims, String displayName) implements Identification {}

    /** What {@link #identify} made of a token. */
    public sealed interface Identification permits ProviderPerson, NotIdentified {}

    /** The token does not pass, for the reason {@link #verify} would give. */
    public record NotIdentified(TokenVerification.Invalid why) implements Identification {}

    /**
     * Verifies a token as {@link #verify} does and also reads the person's name from the configured
     * claim, for the just-in-time account of someone signing in through the provider.
     *
     * @param nameClaim the claim (name or dotted path) holding the person's name
     */
    public Identification identify(String token, String nameClaim) {
        SignedJwtValidator.Outcome outcome = validator.validate(token);
        if (outcome instanceof SignedJwtValidator.Outcome.Failed failed) {
            return new NotIdentified(failed.invalid());
        }
        SignedJwtValidator.Outcome.Passed passed = (SignedJwtValidator.Outcome.Passed) outcome;
        TokenVerification result = accessClaims(token, passed.header(), passed.claims());
        if (result instanceof TokenVerification.Invalid invalid) {
            return new NotIdentified(invalid);
        }
        AccessClaims claims = ((TokenVerification.Verified) result).claims();
        ClaimReader reader = new ClaimReader(passed.claims());
        String name = textOf(reader.resolve(nameClaim))
                .or(() -> textOf(reader.resolve("preferred_username")))
                .orElse(claims.email());
        return new ProviderPerson(claims, name);
    }

    private static Optional<String> textOf(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private TokenVerification accessClaims(String token, JWSHeader header, JWTClaimsSet claims) {
        Optional<TokenVerification.Invalid> wrongKind = wrongKind(header, claims);
        if (wrongKind.isPresent()) {
            return wrongKind.get();
        }
        ClaimReader reader = new ClaimReader(claims);
        try {
            String subject = reader.requiredString("sub");
            UUID organizationId = organizationOf(reader);
            Role role = roleOf(reader);
            String email = ClaimReader.requiredString(settings.emailClaim(), reader.resolve(settings.emailClaim()));
            Object jti = claims.getClaim("jti");
            String tokenId = jti instanceof String text && !text.isBlank() ? text : digest(token);
            return new TokenVerification.Verified(new AccessClaims(
                    userIdFor(settings.issuer(), subject),
                    organizationId,
                    role,
                    email,
                    claims.getIssuer(),
                    subject,
                    tokenId,
                    claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant(),
                    null));
        } catch (ClaimReader.BadClaimException e) {
            return e.invalid();
        }
    }

    private static Optional<TokenVerification.Invalid> wrongKind(JWSHeader header, JWTClaimsSet claims) {
        JOSEObjectType type = header.getType();
        if (type != null && !ACCESS_HEADER_TYPES.contains(type.getType().toLowerCase(Locale.ROOT))) {
            return Optional.of(new TokenVerification.Invalid(
                    TokenRejection.WRONG_TOKEN_TYPE, "header typ " + type + " is not an access token type"));
        }
        Object keycloakType = claims.getClaim("typ");
        if (keycloakType != null
                && !"bearer".equals(String.valueOf(keycloakType).toLowerCase(Locale.ROOT))) {
            return Optional.of(new TokenVerification.Invalid(
                    TokenRejection.WRONG_TOKEN_TYPE, "typ claim " + keycloakType + " is not Bearer"));
        }
        Object tokenUse = claims.getClaim(TokenService.CLAIM_TOKEN_USE);
        if (tokenUse != null && !TokenService.TOKEN_USE_ACCESS.equals(tokenUse)) {
            return Optional.of(new TokenVerification.Invalid(
                    TokenRejection.WRONG_TOKEN_TYPE, "token_use " + tokenUse + " is not access"));
        }
        return Optional.empty();
    }

    private UUID organizationOf(ClaimReader reader) throws ClaimReader.BadClaimException {
        if (settings.organization() instanceof OrganizationSource.Fixed fixed) {
            return fixed.organizationId();
        }
        String claim = ((OrganizationSource.FromClaim) settings.organization()).claim();
        return ClaimReader.uuid(claim, ClaimReader.requiredString(claim, reader.resolve(claim)));
    }

    private Role roleOf(ClaimReader reader) throws ClaimReader.BadClaimException {
        RoleClaimMapping mapping = settings.roleMapping();
        Object value = reader.resolve(mapping.claim());
        if (value == null) {
            throw new ClaimReader.BadClaimException(TokenRejection.MISSING_CLAIM, "no " + mapping.claim());
        }
        Collection<?> names;
        if (value instanceof String single) {
            names = Set.of(single);
        } else if (value instanceof Collection<?> many) {
            names = many;
        } else {
            throw new ClaimReader.BadClaimException(
                    TokenRejection.INVALID_CLAIM, mapping.claim() + " is neither a string nor a list");
        }
        return names.stream()
                .filter(String.class::isInstance)
                .map(mapping.values()::get)
                .filter(Objects::nonNull)
                .max(Role::compareTo)
                .orElseThrow(() -> new ClaimReader.BadClaimException(
                        TokenRejection.NO_MAPPED_ROLE, mapping.claim() + " holds no value mapped to a lab role"));
    }

    /** A stable id for a token that has no {@code jti}, so audit entries can still refer to it. */
    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
