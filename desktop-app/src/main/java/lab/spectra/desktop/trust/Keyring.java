package lab.spectra.desktop.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The bench's keyring, a file beside (not inside) the encrypted database, because it is what
 * opens it: which workstation this is, whose organization's data it holds, and for each person
 * who signed in online here their device key and the database key, both sealed under a key
 * derived from their password (ADR 0012). Nothing in it opens without a password.
 */
public final class Keyring {

    static final String FILE_NAME = "keyring.json";

    /** One person's sealed keys on this bench. */
    public record Person(
            UUID userId,
            String email,
            byte[] salt,
            String keyId,
            String publicKey,
            SealedJson deviceKey,
            SealedJson databaseKey) {}

    /** A sealed secret as the file keeps it. */
    public record SealedJson(byte[] iv, byte[] ciphertext) {
        static SealedJson of(PasswordSeal.Sealed sealed) {
            return new SealedJson(sealed.iv(), sealed.ciphertext());
        }

        PasswordSeal.Sealed sealed() {
            return new PasswordSeal.Sealed(iv, ciphertext);
        }
    }

    /**
     * The file's content.
     *
     * @param plainDatabase the database was made by a version that did not encrypt it; it is
     *                      encrypted at the next online sign-in
     */
    record Content(int format, UUID workstationId, UUID organizationId, boolean plainDatabase, List<Person> people) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private Content content;

    private Keyring(Path file, Content content) {
        this.file = file;
        this.content = content;
    }

    /** Reads the keyring in the directory, or starts one for a new workstation id. */
    public static Keyring load(Path directory, UUID newWorkstationId) {
        return load(directory, newWorkstationId, false);
    }

    /** As {@link #load(Path, UUID)}, for a bench whose database predates encryption. */
    public static Keyring load(Path directory, UUID newWorkstationId, boolean plainDatabase) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return new Keyring(file, JSON.readValue(file.toFile(), Content.class));
            }
        } catch (IOException e) {
            throw new TamperingDetected("The keyring of this PC (" + file + ") is unreadable: " + e.getMessage());
        }
        Keyring fresh = new Keyring(file, new Content(1, newWorkstationId, null, plainDatabase, List.of()));
        fresh.save();
        return fresh;
    }

    public static boolean existsIn(Path directory) {
        return Files.exists(directory.resolve(FILE_NAME));
    }

    public synchronized UUID workstationId() {
        return content.workstationId();
    }

    public synchronized Optional<UUID> organizationId() {
        return Optional.ofNullable(content.organizationId());
    }

    public synchronized Optional<Person> person(String email) {
        String wanted = normalized(email);
        return content.people().stream()
                .filter(person -> person.email().equals(wanted))
                .findFirst();
    }

    public synchronized List<Person> people() {
        return List.copyOf(content.people());
    }

    /** Binds the keyring to the organization of the first person who signs in online. */
    public synchronized void bindTo(UUID organizationId) {
        if (content.organizationId() == null) {
            content = new Content(
                    content.format(),
                    content.workstationId(),
                    organizationId,
                    content.plainDatabase(),
                    content.people());
            save();
        }
    }

    public synchronized boolean plainDatabase() {
        return content.plainDatabase();
    }

    /** The database has been encrypted. */
    public synchronized void databaseEncrypted() {
        content = new Content(
                content.format(), content.workstationId(), content.organizationId(), false, content.people());
        save();
    }

    /** Adds or replaces a person's entry. */
    public synchronized void put(Person person) {
        List<Person> people = new ArrayList<>();
        for (Person existing : content.people()) {
            if (!existing.userId().equals(person.userId()) && !existing.email().equals(normalized(person.email()))) {
                people.add(existing);
            }
        }
        people.add(new Person(
                person.userId(),
                normalized(person.email()),
                person.salt(),
                person.keyId(),
                person.publicKey(),
                person.deviceKey(),
                person.databaseKey()));
        content = new Content(
                content.format(), content.workstationId(), content.organizationId(), content.plainDatabase(), people);
        save();
    }

    private void save() {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary =
                    directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                            ? Files.createTempFile(
                                    directory,
                                    ".keyring-",
                                    ".tmp",
                                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                            : Files.createTempFile(directory, ".keyring-", ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), content);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The keyring of this PC could not be written: " + e.getMessage(), e);
        }
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
