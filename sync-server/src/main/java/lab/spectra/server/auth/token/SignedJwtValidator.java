package lab.spectra.server.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks every signed JWT goes through, whoever issued it, in an order that never looks at a
 * claim before the signature is proven: size, structure, algorithm allow-list, key by
 * {@code kid}, algorithm-to-key binding, signature, then issuer, audience and times.
 *
 * <p>What a token must claim beyond that (its type, user, organization, role) differs between
 * this server's tokens and an external provider's, so the callers check it on the
 * {@link Outcome.Passed} claims.
 */
public final class SignedJwtValidator {

    /** Far above any real access token; stops a client from making the server parse megabytes. */
    public static final int MAX_TOKEN_CHARS = 16 * 1024;

    private final String issuer;
    private final String audience;
    private final Set<JWSAlgorithm> allowedAlgorithms;
    private final JWKSource<SecurityContext> keys;
    private final Duration clockSkew;
    private final Clock clock;

    public SignedJwtValidator(
            String issuer,
            String audience,
            Set<JWSAlgorithm> allowedAlgorithms,
            JWKSource<SecurityContext> keys,
            Duration clockSkew,
            Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.allowedAlgorithms = Set.copyOf(allowedAlgorithms);
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.allowedAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("At least one signature algorithm must be allowed");
        }
    }

    public sealed interface Outcome {
        record Passed(JWSHeader header, JWTClaimsSet claims) implements Outcome {}

        record Failed(TokenVerification.Invalid invalid) implements Outcome {}
    }

    public Outcome validate(String token) {
        try {
            return check(token);
        } catch (ParseException e) {
            return failed(TokenRejection.MALFORMED, "unreadable token: " + e.getMessage());
        } catch (RuntimeException e) {
            // A library bug or an input nobody anticipated must still end in a rejection, not a 500.
            return failed(
                    TokenRejection.MALFORMED,
                    "unreadable token (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Outcome check(String token) throws ParseException {
        if (token == null || token.isBlank()) {
            return failed(TokenRejection.MALFORMED, "no token");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            return failed(TokenRejection.MALFORMED, "token longer than " + MAX_TOKEN_CHARS + " characters");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return failed(
                    TokenRejection.MALFORMED,
                    parts.length == 5
                            ? "encrypted tokens are not accepted"
                            : "not a compact JWS (" + parts.length + " parts)");
        }

        // The algorithm is read before the library parses the token as a JWS, so that an unsigned
        // token ("alg": "none" in any spelling) is reported as what it is.
        Map<String, Object> headerJson = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
        Object algName = headerJson.get("alg");
        if (!(algName instanceof String name) || name.isBlank()) {
            return failed(TokenRejection.MALFORMED, "header has no alg");
        }
        JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
        if (!allowedAlgorithms.contains(algorithm)) {
            return failed(TokenRejection.ALGORITHM_NOT_ALLOWED, "alg " + name + " is not one of " + allowedAlgorithms);
        }

        SignedJWT jwt = SignedJWT.parse(token);
        JWSHeader header = jwt.getHeader();
        String keyId = header.getKeyID();
        if (keyId == null || keyId.isBlank()) {
            return failed(TokenRejection.UNKNOWN_KEY, "header has no kid");
        }
        // Keys come only from the configured set; jwk, jku and x5u headers are never followed,
        // or a forger could simply ship the key that verifies the forgery.
        List<JWK> candidates;
        try {
            candidates = keys.get(
                    new JWKSelector(new JWKMatcher.Builder()
                            .keyID(keyId)
                            .keyUses(KeyUse.SIGNATURE, null)
                            .build()),
                    null);
        } catch (KeySourceException e) {
            return failed(TokenRejection.KEYS_UNAVAILABLE, "keys of " + issuer + " unavailable: " + e.getMessage());
        }
        if (candidates.isEmpty()) {
            return failed(TokenRejection.UNKNOWN_KEY, "no trusted key with kid " + keyId);
        }
        JWK key = candidates.stream()
                .filter(candidate -> fits(candidate, algorithm))
                .findFirst()
                .orElse(null);
        if (key == null) {
            // e.g. an HS256 token whose "secret" is our RSA public key: the key named by kid is not
            // an HMAC key, so the HMAC check never runs.
            return failed(
                    TokenRejection.ALGORITHM_NOT_ALLOWED,
                    "key " + keyId + " (" + candidates.get(0).getKeyType() + ") is not used with " + algorithm);
        }
        JWSVerifier verifier;
        try {
            verifier = verifierFor(key);
        } catch (JOSEException e) {
            return failed(TokenRejection.UNKNOWN_KEY, "key " + keyId + " cannot verify: " + e.getMessage());
        }
        boolean authentic;
        try {
            authentic = jwt.verify(verifier);
        } catch (JOSEException e) {
            authentic = false;
        }
        if (!authentic) {
            return failed(TokenRejection.BAD_SIGNATURE, "signature does not verify with key " + keyId);
        }

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        return checkIssuerAudienceAndTimes(header, claims);
    }

    private Outcome checkIssuerAudienceAndTimes(JWSHeader header, JWTClaimsSet claims) {
        if (claims.getIssuer() == null) {
            return failed(TokenRejection.MISSING_CLAIM, "no iss");
        }
        if (!issuer.equals(claims.getIssuer())) {
            return failed(TokenRejection.WRONG_ISSUER, "iss " + claims.getIssuer() + " is not " + issuer);
        }
        if (claims.getAudience() == null || claims.getAudience().isEmpty()) {
            return failed(TokenRejection.MISSING_CLAIM, "no aud");
        }
        if (!claims.getAudience().contains(audience)) {
            return failed(
                    TokenRejection.WRONG_AUDIENCE, "aud " + claims.getAudience() + " does not include " + audience);
        }
        Instant now = clock.instant();
        Date expiresAt = claims.getExpirationTime();
        if (expiresAt == null) {
            return failed(TokenRejection.MISSING_CLAIM, "no exp");
        }
        if (!now.isBefore(expiresAt.toInstant().plus(clockSkew))) {
            return failed(TokenRejection.EXPIRED, "expired at " + expiresAt.toInstant());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(clockSkew).isBefore(notBefore.toInstant())) {
            return failed(TokenRejection.NOT_YET_VALID, "not valid before " + notBefore.toInstant());
        }
        Date issuedAt = claims.getIssueTime();
        if (issuedAt == null) {
            return failed(TokenRejection.MISSING_CLAIM, "no iat");
        }
        if (now.plus(clockSkew).isBefore(issuedAt.toInstant())) {
            return failed(TokenRejection.NOT_YET_VALID, "issued in the future at " + issuedAt.toInstant());
        }
        return new Outcome.Passed(header, claims);
    }

    /** Whether {@code key} is one that {@code algorithm} may be checked with: right type, and its own alg if it names one. */
    private static boolean fits(JWK key, JWSAlgorithm algorithm) {
        if (key.getAlgorithm() != null
                && !algorithm.getName().equals(key.getAlgorithm().getName())) {
            return false;
        }
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            return key instanceof OctetSequenceKey;
        }
        if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return key instanceof RSAKey;
        }
        if (JWSAlgorithm.Family.EC.contains(algorithm)) {
            return key instanceof ECKey;
        }
        return false;
    }

    private static JWSVerifier verifierFor(JWK key) throws JOSEException {
        if (key instanceof OctetSequenceKey secret) {
            return new MACVerifier(secret);
        }
        if (key instanceof RSAKey rsaKey) {
            if (rsaKey.size() < TokenSigningKeys.MIN_RSA_KEY_BITS) {
                throw new JOSEException("RSA key shorter than " + TokenSigningKeys.MIN_RSA_KEY_BITS + " bits");
            }
            return new RSASSAVerifier(rsaKey);
        }
        if (key instanceof ECKey ecKey) {
            return new ECDSAVerifier(ecKey);
        }
        throw new JOSEException("unsupported key type " + key.getKeyType());
    }

    public static Outcome.Failed failed(TokenRejection reason, String message) {
        return new Outcome.Failed(new TokenVerification.Invalid(reason, message));
    }
}
