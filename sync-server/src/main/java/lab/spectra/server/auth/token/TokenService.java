package lab.spectra.server.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues this server's access tokens and verifies them.
 *
 * <p>An access token is a JWT signed with the active key of {@link TokenSigningKeys}:
 * header {@code typ: at+jwt} (RFC 9068) and {@code kid}; claims {@code iss}, {@code aud},
 * {@code sub} (user id), {@code org} (organization id), {@code role} (wire name), {@code email},
 * {@code sid} (the session: the refresh-token family of the sign-in, which sign-out ends),
 * {@code token_use: access}, {@code iat}, {@code nbf}, {@code exp}, {@code jti}. Both type markers
 * are checked, so no other JWT this server or a library might sign with the same key (an ID token,
 * a refresh or e-mail-link token) can pass as an access token.
 */
public final class TokenService implements AccessTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");
    static final String CLAIM_ORGANIZATION = "org";
    static final String CLAIM_ROLE = "role";
    static final String CLAIM_EMAIL = "email";
    static final String CLAIM_SESSION = "sid";
    public static final String CLAIM_TOKEN_USE = "token_use";
    public static final String TOKEN_USE_ACCESS = "access";

    private final TokenSigningKeys keys;
    private final TokenSettings settings;
    private final Clock clock;
    private final SignedJwtValidator validator;

    public TokenService(TokenSigningKeys keys, TokenSettings settings, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Exactly the algorithms of our own keys: HS256 in development, RS256/ES256 in production,
        // never both, never "none".
        this.validator = new SignedJwtValidator(
                settings.issuer(),
                settings.audience(),
                keys.verificationAlgorithms(),
                keys.verificationKeys(),
                settings.clockSkew(),
                clock);
    }

    /**
     * Signs a new access token for a user who has just proven who they are.
     *
     * @param sessionId the sign-in session the token belongs to; ending the session ends the token
     */
    public IssuedAccessToken issueAccessToken(
            UUID userId, UUID organizationId, Role role, String email, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        TokenSettings.requireText(email, "email");
        // JWT times are whole seconds; truncating here makes expiresAt equal to what the token says.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.accessTokenLifetime());
        String tokenId = Ids.newId().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(userId.toString())
                .claim(CLAIM_ORGANIZATION, organizationId.toString())
                .claim(CLAIM_ROLE, role.wireName())
                .claim(CLAIM_EMAIL, email)
                .claim(CLAIM_SESSION, sessionId.toString())
                .claim(CLAIM_TOKEN_USE, TOKEN_USE_ACCESS)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(tokenId)
                .build();
        JWSHeader header = new JWSHeader.Builder(keys.activeJwsAlgorithm())
                .keyID(keys.activeKeyId())
                .type(ACCESS_TOKEN_TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token with key " + keys.activeKeyId(), e);
        }
        return new IssuedAccessToken(jwt.serialize(), tokenId, expiresAt);
    }

    @Override
    public String issuer() {
        return settings.issuer();
    }

    @Override
    public TokenVerification verify(String token) {
        SignedJwtValidator.Outcome outcome = validator.validate(token);
        TokenVerification result = outcome instanceof SignedJwtValidator.Outcome.Passed passed
                ? accessClaims(passed.header(), passed.claims())
                : ((SignedJwtValidator.Outcome.Failed) outcome).invalid();
        if (result instanceof TokenVerification.Invalid invalid) {
            LOG.debug("Access token rejected: {} ({})", invalid.code(), invalid.message());
        }
        return result;
    }

    private static TokenVerification accessClaims(JWSHeader header, JWTClaimsSet claims) {
        if (!ACCESS_TOKEN_TYPE.equals(header.getType())) {
            return invalid(TokenRejection.WRONG_TOKEN_TYPE, "header typ is " + header.getType() + ", not at+jwt");
        }
        Object tokenUse = claims.getClaim(CLAIM_TOKEN_USE);
        if (!TOKEN_USE_ACCESS.equals(tokenUse)) {
            return invalid(TokenRejection.WRONG_TOKEN_TYPE, "token_use is " + tokenUse + ", not access");
        }
        ClaimReader reader = new ClaimReader(claims);
        try {
            String subject = reader.requiredString("sub");
            UUID userId = ClaimReader.uuid("sub", subject);
            UUID organizationId = ClaimReader.uuid(CLAIM_ORGANIZATION, reader.requiredString(CLAIM_ORGANIZATION));
            Role role = ClaimReader.role(reader.requiredString(CLAIM_ROLE));
            String email = reader.requiredString(CLAIM_EMAIL);
            String tokenId = reader.requiredString("jti");
            // Every token of ours belongs to a session, so none can outlive a sign-out.
            UUID sessionId = ClaimReader.uuid(CLAIM_SESSION, reader.requiredString(CLAIM_SESSION));
            return new TokenVerification.Verified(new AccessClaims(
                    userId,
                    organizationId,
                    role,
                    email,
                    claims.getIssuer(),
                    subject,
                    tokenId,
                    claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant(),
                    sessionId));
        } catch (ClaimReader.BadClaimException e) {
            return e.invalid();
        }
    }

    private static TokenVerification.Invalid invalid(TokenRejection reason, String message) {
        return new TokenVerification.Invalid(reason, message);
    }
}
