package lab.spectra.server.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lab.spectra.model.id.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys the server signs its access tokens with, and verifies them against.
 *
 * <p>Two modes, like the server's own modes:
 * <ul>
 *   <li><b>development</b>: one HS256 secret (from the environment) of at least 32 bytes. Nothing
 *       is published: a symmetric secret is a signing key, so {@link #publicJwks()} is empty.</li>
 *   <li><b>production</b>: RS256 or ES256 key pairs, each with a {@code kid}. The first key signs;
 *       the others only verify, so tokens signed just before a {@link #rotate rotation} stay valid
 *       until they expire. The set is stored as JWK Set JSON ({@link #save}/{@link #load}) and its
 *       public half is served at {@code /.well-known/jwks.json}.</li>
 * </ul>
 *
 * <p>Instances are immutable: rotating or retiring returns a new instance, which the server swaps
 * in and saves. Every key is bound to exactly one algorithm, and a token is only checked with the
 * algorithm of the key its {@code kid} names, which rules out algorithm confusion.
 */
public final class TokenSigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TokenSigningKeys.class);

    /** The key id of the development secret; fixed because there is only ever one. */
    public static final String DEV_HMAC_KEY_ID = "dev-hs256";

    /** RFC 7518 requires an HS256 key of at least the hash size, 256 bits. */
    public static final int MIN_HMAC_SECRET_BYTES = 32;

    /** NIST's floor for RSA signatures; smaller keys are refused when loaded. */
    public static final int MIN_RSA_KEY_BITS = 2048;

    private final List<JWK> keys;
    private final boolean symmetric;
    private final JWSSigner signer;

    private TokenSigningKeys(List<JWK> keys, boolean symmetric) {
        this.keys = List.copyOf(keys);
        this.symmetric = symmetric;
        this.signer = signerFor(this.keys.get(0));
    }

    /**
     * Development mode: HS256 with {@code secret}.
     *
     * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_HMAC_SECRET_BYTES} bytes
     */
    public static TokenSigningKeys hmacSha256(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_HMAC_SECRET_BYTES) {
            throw new IllegalArgumentException("The HS256 token secret has " + secret.length
                    + " bytes; at least " + MIN_HMAC_SECRET_BYTES
                    + " random bytes are required (e.g. 'openssl rand -base64 48')");
        }
        OctetSequenceKey key = new OctetSequenceKey.Builder(secret.clone())
                .keyID(DEV_HMAC_KEY_ID)
                .algorithm(JWSAlgorithm.HS256)
                .keyUse(KeyUse.SIGNATURE)
                .build();
        return new TokenSigningKeys(List.of(key), true);
    }

    /** Production mode: a fresh key set holding one new key pair for {@code algorithm}. */
    public static TokenSigningKeys generate(SigningAlgorithm algorithm, Clock clock) {
        return new TokenSigningKeys(List.of(newKeyPair(algorithm, clock)), false);
    }

    /**
     * A key set whose new, freshly generated key pair signs from now on, while every current key
     * still verifies. Retire the old key once the tokens it signed have expired.
     */
    public TokenSigningKeys rotate(SigningAlgorithm algorithm, Clock clock) {
        if (symmetric) {
            throw new IllegalStateException("The development HS256 secret cannot be rotated; use key pairs");
        }
        List<JWK> rotated = new ArrayList<>();
        rotated.add(newKeyPair(algorithm, clock));
        rotated.addAll(keys);
        LOG.info(
                "Token signing key rotated: {} now signs, {} verify only",
                rotated.get(0).getKeyID(),
                keys.size());
        return new TokenSigningKeys(rotated, false);
    }

    /**
     * The rotation the {@code rotate-keys} command makes: a new key pair signs from now on; the
     * key that signed until now is retired (its private half dropped, its public half kept, so
     * tokens it signed verify until they expire); keys retired longer than {@code keepRetired}
     * ago are dropped, since no token they signed can still be valid.
     *
     * <p>A key's retirement time is the issue time of the key that replaced it.
     */
    public TokenSigningKeys rotateRetiring(SigningAlgorithm algorithm, Clock clock, Duration keepRetired) {
        if (symmetric) {
            throw new IllegalStateException("The development HS256 secret cannot be rotated; use key pairs");
        }
        Instant cutoff = clock.instant().minus(keepRetired);
        List<JWK> rotated = new ArrayList<>();
        rotated.add(newKeyPair(algorithm, clock));
        rotated.add(keys.get(0).toPublicJWK());
        for (int i = 1; i < keys.size(); i++) {
            Date retiredAt = keys.get(i - 1).getIssueTime();
            if (retiredAt == null || retiredAt.toInstant().isAfter(cutoff)) {
                rotated.add(keys.get(i).toPublicJWK());
            }
        }
        LOG.info(
                "Token signing key rotated: {} now signs, {} retired keys still verify",
                rotated.get(0).getKeyID(),
                rotated.size() - 1);
        return new TokenSigningKeys(rotated, false);
    }

    /** A key set without the key {@code keyId}: tokens it signed no longer verify. */
    public TokenSigningKeys retire(String keyId) {
        if (activeKeyId().equals(keyId)) {
            throw new IllegalStateException("Key " + keyId + " signs new tokens and cannot be retired; rotate first");
        }
        List<JWK> kept =
                keys.stream().filter(key -> !key.getKeyID().equals(keyId)).toList();
        if (kept.size() == keys.size()) {
            throw new IllegalArgumentException("No key with id " + keyId);
        }
        return new TokenSigningKeys(kept, symmetric);
    }

    /**
     * A key set from JWK Set JSON as written by {@link #toJwkSetJson()}: RSA (2048 bits or more)
     * or EC P-256 keys, each with a unique {@code kid}; the first must hold its private key.
     *
     * @throws IllegalArgumentException if the JSON is not such a key set
     */
    public static TokenSigningKeys fromJwkSetJson(String json) {
        Objects.requireNonNull(json, "json");
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWK set: " + e.getMessage(), e);
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("The JWK set holds no keys");
        }
        List<JWK> keys = new ArrayList<>();
        Set<String> keyIds = new HashSet<>();
        for (JWK key : set.getKeys()) {
            JWK checked = checkedKeyPair(key);
            if (!keyIds.add(checked.getKeyID())) {
                throw new IllegalArgumentException("The JWK set has two keys with id " + checked.getKeyID());
            }
            keys.add(checked);
        }
        if (!keys.get(0).isPrivate()) {
            throw new IllegalArgumentException("The first key of the set ("
                    + keys.get(0).getKeyID() + ") signs new tokens, so it must include its private key");
        }
        return new TokenSigningKeys(keys, false);
    }

    /**
     * The whole key set, private keys included, as JWK Set JSON: for the server's own key file,
     * never for publishing (that is {@link #publicJwks()}).
     */
    public String toJwkSetJson() {
        if (symmetric) {
            throw new IllegalStateException(
                    "The development HS256 secret comes from the environment and is not" + " written to a key file");
        }
        return new JWKSet(keys).toString(false);
    }

    /** Reads a key set saved by {@link #save}. */
    public static TokenSigningKeys load(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromJwkSetJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the key set (private keys included) to {@code file}, readable by its owner only where
     * the file system has POSIX permissions. The new content is written beside the file and moved
     * over it, so a crash never leaves a half-written key file.
     */
    public void save(Path file) throws IOException {
        String json = toJwkSetJson();
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary;
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            temporary = Files.createTempFile(
                    directory,
                    ".jwks-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            temporary = Files.createTempFile(directory, ".jwks-", ".tmp");
        }
        try {
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot rename atomically; a plain replace is the best they offer.
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The public keys as JWK Set JSON, for {@code /.well-known/jwks.json}. Never contains private
     * key material; in development mode it is an empty set because the HS256 secret must stay
     * secret.
     */
    public String publicJwks() {
        if (symmetric) {
            return new JWKSet().toString(true);
        }
        return new JWKSet(keys).toPublicJWKSet().toString(true);
    }

    /** The {@code kid} of the key that signs new tokens. */
    public String activeKeyId() {
        return keys.get(0).getKeyID();
    }

    public SigningAlgorithm activeAlgorithm() {
        return SigningAlgorithm.valueOf(keys.get(0).getAlgorithm().getName());
    }

    /** Every key id, the signing key first. */
    public List<String> keyIds() {
        return keys.stream().map(JWK::getKeyID).toList();
    }

    /** Whether this is the development HS256 secret (which production mode must refuse). */
    public boolean isSymmetric() {
        return symmetric;
    }

    JWSSigner signer() {
        return signer;
    }

    JWSAlgorithm activeJwsAlgorithm() {
        return JWSAlgorithm.parse(keys.get(0).getAlgorithm().getName());
    }

    /** The algorithms of the keys in this set: the only ones a token of ours may carry. */
    Set<JWSAlgorithm> verificationAlgorithms() {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (JWK key : keys) {
            algorithms.add(JWSAlgorithm.parse(key.getAlgorithm().getName()));
        }
        return Set.copyOf(algorithms);
    }

    /** The keys to verify with: public halves only for key pairs, the secret itself for HS256. */
    JWKSource<SecurityContext> verificationKeys() {
        List<JWK> verificationKeys =
                symmetric ? keys : keys.stream().map(JWK::toPublicJWK).toList();
        return new ImmutableJWKSet<>(new JWKSet(verificationKeys));
    }

    @Override
    public String toString() {
        // Never print the keys themselves: a JWK's own toString includes its private parameters.
        return "TokenSigningKeys[" + activeAlgorithm() + ", keys=" + keyIds() + "]";
    }

    private static JWK newKeyPair(SigningAlgorithm algorithm, Clock clock) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(clock, "clock");
        // Time-ordered ids, so that the newest key is also easy to tell apart by eye in the key file.
        String keyId = Ids.newId().toString();
        Date issuedAt = Date.from(clock.instant());
        try {
            return switch (algorithm) {
                case RS256 ->
                    new RSAKeyGenerator(MIN_RSA_KEY_BITS)
                            .keyID(keyId)
                            .algorithm(JWSAlgorithm.RS256)
                            .keyUse(KeyUse.SIGNATURE)
                            .issueTime(issuedAt)
                            .generate();
                case ES256 ->
                    new ECKeyGenerator(Curve.P_256)
                            .keyID(keyId)
                            .algorithm(JWSAlgorithm.ES256)
                            .keyUse(KeyUse.SIGNATURE)
                            .issueTime(issuedAt)
                            .generate();
                case HS256 ->
                    throw new IllegalArgumentException(
                            "HS256 uses a secret from the environment, see hmacSha256; generate RS256 or ES256 key pairs");
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a " + algorithm + " key pair", e);
        }
    }

    /** Checks one key of a loaded set and binds it to its single algorithm. */
    private static JWK checkedKeyPair(JWK key) {
        String keyId = key.getKeyID();
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("Every key in the set needs a key id (kid)");
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw new IllegalArgumentException("Key " + keyId + " is not a signing key (use=" + key.getKeyUse() + ")");
        }
        if (key instanceof RSAKey rsaKey) {
            requireAlgorithm(key, JWSAlgorithm.RS256);
            if (rsaKey.size() < MIN_RSA_KEY_BITS) {
                throw new IllegalArgumentException("RSA key " + keyId + " has " + rsaKey.size() + " bits; at least "
                        + MIN_RSA_KEY_BITS + " are required");
            }
            return new RSAKey.Builder(rsaKey)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE)
                    .build();
        }
        if (key instanceof ECKey ecKey) {
            requireAlgorithm(key, JWSAlgorithm.ES256);
            if (!Curve.P_256.equals(ecKey.getCurve())) {
                throw new IllegalArgumentException(
                        "EC key " + keyId + " is on " + ecKey.getCurve() + "; ES256 needs P-256");
            }
            return new ECKey.Builder(ecKey)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyUse(KeyUse.SIGNATURE)
                    .build();
        }
        if (key instanceof OctetSequenceKey) {
            throw new IllegalArgumentException("Key " + keyId + " is a symmetric secret; a key file holds RS256 or"
                    + " ES256 key pairs (the development HS256 secret comes from the environment)");
        }
        throw new IllegalArgumentException("Key " + keyId + " has unsupported type " + key.getKeyType());
    }

    private static void requireAlgorithm(JWK key, JWSAlgorithm expected) {
        if (key.getAlgorithm() != null
                && !expected.getName().equals(key.getAlgorithm().getName())) {
            throw new IllegalArgumentException("Key " + key.getKeyID() + " is a " + key.getKeyType() + " key with alg "
                    + key.getAlgorithm() + "; only " + expected + " is supported for it");
        }
    }

    private static JWSSigner signerFor(JWK key) {
        try {
            if (key instanceof OctetSequenceKey secret) {
                return new MACSigner(secret);
            }
            if (key instanceof RSAKey rsaKey) {
                return new RSASSASigner(rsaKey);
            }
            if (key instanceof ECKey ecKey) {
                return new ECDSASigner(ecKey);
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Key " + key.getKeyID() + " cannot sign: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Key " + key.getKeyID() + " has unsupported type " + key.getKeyType());
    }
}
