package lab.spectra.server.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lab.spectra.model.id.Ids;
import lab.spectra.model.trust.PublicKeys;

/**
 * The server's record-signing keys (ES256), separate from the keys its access tokens are signed
 * with and present in every mode: they sign time receipts, identity snapshots, countersignatures
 * and audit checkpoints, which must stay verifiable for as long as the records are kept (Part 11
 * retention). So a rotation only retires a key - its private half is dropped, its public half is
 * kept and published for good - and no key is ever deleted.
 *
 * <p>Key ids start with {@value #KEY_ID_PREFIX}, so nobody mistakes them for token keys in the
 * published JWK set; the token verifier never looks at them.
 */
public final class RecordSigningKeys {

    public static final String KEY_ID_PREFIX = "record-";

    private final List<ECKey> keys;

    private RecordSigningKeys(List<ECKey> keys) {
        if (keys.isEmpty() || !keys.get(0).isPrivate()) {
            throw new IllegalArgumentException("The first record-signing key signs, so it must hold its private key");
        }
        this.keys = List.copyOf(keys);
    }

    /** Reads the key file, or creates it with one new key when there is none yet. */
    public static RecordSigningKeys loadOrCreate(Path file, Clock clock) throws IOException {
        if (Files.exists(file)) {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        }
        RecordSigningKeys created = new RecordSigningKeys(List.of(newKey(clock)));
        created.save(file);
        return created;
    }

    /** Reads an existing key file (for tools that check what the server signed, never create keys). */
    public static RecordSigningKeys load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A key set held in memory only, for tools and tests that keep nothing. */
    public static RecordSigningKeys ephemeral(Clock clock) {
        return new RecordSigningKeys(List.of(newKey(clock)));
    }

    static RecordSigningKeys fromJson(String json) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The record-signing key file is not a JWK set: " + e.getMessage(), e);
        }
        List<ECKey> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JWK key : set.getKeys()) {
            if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException(
                        "Record-signing keys are EC P-256 keys; " + key.getKeyID() + " is not");
            }
            if (key.getKeyID() == null || !key.getKeyID().startsWith(KEY_ID_PREFIX) || !ids.add(key.getKeyID())) {
                throw new IllegalArgumentException(
                        "Every record-signing key needs its own id starting with " + KEY_ID_PREFIX);
            }
            keys.add(ec);
        }
        return new RecordSigningKeys(keys);
    }

    /** The key that signs from now on. */
    public ECKey signingKey() {
        return keys.get(0);
    }

    /** Every key ever used, public halves: what anything this server signed is checked with. */
    public PublicKeys publicKeys() {
        return PublicKeys.of(new ArrayList<>(keys));
    }

    /** The public halves as JWKs, for the published key set. */
    public List<JWK> publicJwks() {
        return keys.stream().<JWK>map(ECKey::toPublicJWK).toList();
    }

    /** A new key signs from now on; the old ones keep verifying but can no longer sign. */
    public RecordSigningKeys rotate(Clock clock) {
        List<ECKey> rotated = new ArrayList<>();
        rotated.add(newKey(clock));
        keys.forEach(key -> rotated.add(key.toPublicJWK()));
        return new RecordSigningKeys(rotated);
    }

    public List<String> keyIds() {
        return keys.stream().map(JWK::getKeyID).toList();
    }

    /**
     * Writes the set (the signing key's private half included) readable by its owner only, next
     * to the file and moved over it, so a crash never leaves a half-written key file.
     */
    public void save(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(
                        directory,
                        ".record-keys-",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, ".record-keys-", ".tmp");
        try {
            Files.writeString(temporary, new JWKSet(new ArrayList<>(keys)).toString(false), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public String toString() {
        // A JWK's own toString prints its private half.
        return "RecordSigningKeys" + keyIds();
    }

    private static ECKey newKey(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(KEY_ID_PREFIX + Ids.newId())
                    .algorithm(JWSAlgorithm.ES256)
                    .keyUse(KeyUse.SIGNATURE)
                    .issueTime(Date.from(clock.instant()))
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a record-signing key", e);
        }
    }
}
