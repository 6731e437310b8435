package lab.spectra.server.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import lab.spectra.server.testing.TestClock;

/**
 * Keys, settings and a token forge shared by the token tests. Key pairs are generated once per
 * test run (RSA generation takes a while) and are immutable, so sharing them is safe.
 */
public final class TokenFixtures {

    public static final String ISSUER = "https://spectra.lab.test";
    public static final String AUDIENCE = "spectra-api";
    public static final TokenSettings SETTINGS = TokenSettings.of(ISSUER, AUDIENCE);

    public static final UUID USER = UUID.fromString("0190f5a2-7c1e-7a11-8000-000000000001");
    public static final UUID ORGANIZATION = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000000aa");
    public static final String EMAIL = "ada@lab.test";
    public static final UUID SESSION = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000005e5");

    public static final TokenSigningKeys RS256_KEYS =
            TokenSigningKeys.generate(SigningAlgorithm.RS256, new TestClock());
    public static final TokenSigningKeys ES256_KEYS =
            TokenSigningKeys.generate(SigningAlgorithm.ES256, new TestClock());
    public static final TokenSigningKeys HS256_KEYS =
            TokenSigningKeys.hmacSha256("0123456789abcdef0123456789abcdef-dev-only".getBytes(StandardCharsets.UTF_8));
    /** A second, unrelated RSA key pair: the forger's. */
    public static final TokenSigningKeys FORGER_KEYS =
            TokenSigningKeys.generate(SigningAlgorithm.RS256, new TestClock());

    private TokenFixtures() {}

    /** Claims exactly like those of a genuine access token issued at {@code now}. */
    public static JWTClaimsSet.Builder accessClaims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(USER.toString())
                .claim("org", ORGANIZATION.toString())
                .claim("role", "engineer")
                .claim("email", EMAIL)
                .claim("sid", SESSION.toString())
                .claim("token_use", "access")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
    }

    /** A header exactly like that of a genuine access token signed with the active key of {@code keys}. */
    public static JWSHeader.Builder accessHeader(TokenSigningKeys keys) {
        return new JWSHeader.Builder(keys.activeJwsAlgorithm())
                .keyID(keys.activeKeyId())
                .type(new JOSEObjectType("at+jwt"));
    }

    public static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signs any payload text, even one that is no JWT claims set. */
    public static String signRaw(JWSHeader header, String payload, JWSSigner signer) {
        JWSObject object = new JWSObject(header, new Payload(payload));
        try {
            object.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return object.serialize();
    }

    /** A token with the given header and claims, signed with the active key of {@code keys}. */
    public static String signedWith(TokenSigningKeys keys, JWSHeader header, JWTClaimsSet claims) {
        return sign(header, claims, keys.signer());
    }

    /** A token with the real key's header and signature, but the claims the forger wants. */
    public static String signedWith(TokenSigningKeys keys, JWTClaimsSet claims) {
        return sign(accessHeader(keys).build(), claims, keys.signer());
    }

    public static String signedWith(TokenSigningKeys keys, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        return sign(
                new JWSHeader.Builder(algorithm)
                        .keyID(keys.activeKeyId())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims,
                keys.signer());
    }

    /** The reason a verification failed, or null if the token was accepted. */
    public static TokenRejection rejectionOf(TokenVerification result) {
        return result instanceof TokenVerification.Invalid invalid ? invalid.reason() : null;
    }

    public static String base64Json(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code token} with its payload replaced and its signature kept. */
    public static String withPayload(String token, String payloadJson) {
        String[] parts = token.split("\\.", -1);
        return parts[0] + "." + base64Json(payloadJson) + "." + parts[2];
    }

    /** {@code token} with its header replaced and its payload and signature kept. */
    public static String withHeader(String token, String headerJson) {
        String[] parts = token.split("\\.", -1);
        return base64Json(headerJson) + "." + parts[1] + "." + parts[2];
    }
}
