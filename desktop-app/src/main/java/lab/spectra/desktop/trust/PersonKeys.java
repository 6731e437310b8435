package lab.spectra.desktop.trust;

import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * A person's keys on this bench, sealed in the keyring under their password: the device key that
 * signs their commands and the database key that opens the bench's data.
 */
public final class PersonKeys {

    /** What a right password opens. */
    public record Unsealed(SecretKey passwordKey, ECKey deviceKey, Optional<String> databaseKey) {}

    private PersonKeys() {}

    /** The person's keys, or empty when the password is wrong or the entry was changed. */
    public static Optional<Unsealed> unseal(Keyring.Person person, char[] password, UUID workstationId) {
        SecretKey passwordKey = PasswordSeal.derive(password, person.salt());
        return unseal(person, passwordKey, workstationId);
    }

    public static Optional<Unsealed> unseal(Keyring.Person person, SecretKey passwordKey, UUID workstationId) {
        Optional<byte[]> deviceKey = PasswordSeal.open(
                passwordKey, person.deviceKey().sealed(), deviceContext(person.userId(), workstationId));
        if (deviceKey.isEmpty()) {
            return Optional.empty();
        }
        ECKey key;
        try {
            key = ECKey.parse(new String(deviceKey.get(), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!key.isPrivate() || !person.keyId().equals(key.getKeyID())) {
            return Optional.empty();
        }
        Optional<String> databaseKey = person.databaseKey() == null
                ? Optional.empty()
                : PasswordSeal.open(
                                passwordKey,
                                person.databaseKey().sealed(),
                                databaseContext(person.userId(), workstationId))
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        return Optional.of(new Unsealed(passwordKey, key, databaseKey));
    }

    /** A keyring entry sealing the person's keys under their password key. */
    public static Keyring.Person seal(
            UUID userId,
            String email,
            byte[] salt,
            SecretKey passwordKey,
            ECKey deviceKey,
            String databaseKey,
            UUID workstationId) {
        return new Keyring.Person(
                userId,
                email,
                salt,
                deviceKey.getKeyID(),
                deviceKey.toPublicJWK().toJSONString(),
                Keyring.SealedJson.of(PasswordSeal.seal(
                        passwordKey,
                        deviceKey.toJSONString().getBytes(StandardCharsets.UTF_8),
                        deviceContext(userId, workstationId))),
                Keyring.SealedJson.of(PasswordSeal.seal(
                        passwordKey,
                        databaseKey.getBytes(StandardCharsets.UTF_8),
                        databaseContext(userId, workstationId))));
    }

    private static String deviceContext(UUID userId, UUID workstationId) {
        return "spectra-device-key|" + workstationId + "|" + userId;
    }

    private static String databaseContext(UUID userId, UUID workstationId) {
        return "spectra-database-key|" + workstationId + "|" + userId;
    }
}
