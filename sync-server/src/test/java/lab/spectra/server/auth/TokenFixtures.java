package lab.spectra.server.auth;

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

/**
 * Keys, settings and a token forge shared by the token tests. Key pairs are generated once per
 * test run (RSA generation takes a while) and are immutable, so sharing them is safe.
 */
final class TokenFixtures {

    static final String ISSUER = "https://spectra.lab.test";
    static final String AUDIENCE = "spectra-api";
    static final TokenSettings SETTINGS = TokenSettings.of(ISSUER, AUDIENCE);

    static final UUID USER = UUID.fromString("0190f5a2-7c1e-7a11-8000-000000000001");
    static final UUID ORGANIZATION = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000000aa");
    static final String EMAIL = "ada@lab.test";
    static final UUID SESSION = UUID.fromString("0190f5a2-7c1e-7a11-8000-0000000005e5");

    static final TokenSigningKeys RS256_KEYS = TokenSigningKeys.generate(SigningAlgorithm.RS256, new TestClock());
    static final TokenSigningKeys ES256_KEYS = TokenSigningKeys.generate(SigningAlgorithm.ES256, new TestClock());
    static final TokenSigningKeys HS256_KEYS =
            TokenSigningKeys.hmacSha256("0123456789abcdef0123456789abcdef-dev-only".getBytes(StandardCharsets.UTF_8));
    /** A second, unrelated RSA key pair: the forger's. */
    static final TokenSigningKeys FORGER_KEYS = TokenSigningKeys.generate(SigningAlgorithm.RS256, new TestClock());

    private TokenFixtures() {}

    /** Claims exactly like those of a genuine access token issued at {@code now}. */
    static JWTClaimsSet.Builder accessClaims(Instant now) {
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
    static JWSHeader.Builder accessHeader(TokenSigningKeys keys) {
        return new JWSHeader.Builder(keys.activeJwsAlgorithm())
                .keyID(keys.activeKeyId())
                .type(new JOSEObjectType("at+jwt"));
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signs any payload text, even one that is no JWT claims set. */
    static String signRaw(JWSHeader header, String payload, JWSSigner signer) {
        JWSObject object = new JWSObject(header, new Payload(payload));
        try {
            object.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return object.serialize();
    }

    /** A token with the real key's header and signature, but the claims the forger wants. */
    static String signedWith(TokenSigningKeys keys, JWTClaimsSet claims) {
        return sign(accessHeader(keys).build(), claims, keys.signer());
    }

    static String signedWith(TokenSigningKeys keys, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        return sign(
                new JWSHeader.Builder(algorithm)
                        .keyID(keys.activeKeyId())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims,
                keys.signer());
    }

    /** The reason a verification failed, or null if the token was accepted. */
    static TokenRejection rejectionOf(TokenVerification result) {
        return result instanceof TokenVerification.Invalid invalid ? invalid.reason() : null;
    }

    static String base64Json(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code token} with its payload replaced and its signature kept. */
    static String withPayload(String token, String payloadJson) {
        String[] parts = token.split("\\.", -1);
        return parts[0] + "." + base64Json(payloadJson) + "." + parts[2];
    }

    /** {@code token} with its header replaced and its payload and signature kept. */
    static String withHeader(String token, String headerJson) {
        String[] parts = token.split("\\.", -1);
        return base64Json(headerJson) + "." + parts[1] + "." + parts[2];
    }
}
