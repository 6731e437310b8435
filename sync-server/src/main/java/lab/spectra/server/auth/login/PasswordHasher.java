package lab.spectra.server.auth.login;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.SecureString;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hashes and checks login passwords with Argon2id (salted, memory-hard), stored in the standard
 * PHC string form ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}) so the parameters travel
 * with each hash and can be raised later without invalidating existing accounts.
 *
 * <p>The comparison of the computed and stored hash is password4j's constant-time one.
 */
public final class PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordHasher.class);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Settings settings;
    private final Argon2Function function;
    // A hash of a random password nobody knows, made with the current settings: checking a
    // password against it costs exactly what a real check costs, see rejectUnknownAccount.
    private final String dummyHash;

    /** A hasher with {@link Argon2Settings#OWASP_MINIMUM}. */
    public PasswordHasher() {
        this(Argon2Settings.OWASP_MINIMUM);
    }

    public PasswordHasher(Argon2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.function = Argon2Function.getInstance(
                settings.memoryKiB(), settings.iterations(), settings.parallelism(), HASH_BYTES, Argon2.ID);
        this.dummyHash = hash(randomPassword());
    }

    /** A fresh salted hash of {@code password}; the caller may wipe the array afterwards. */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        if (password.length == 0) {
            throw new IllegalArgumentException("An empty password cannot be hashed");
        }
        SecureString secret = new SecureString(password);
        try {
            return Password.hash(secret)
                    .addRandomSalt(SALT_BYTES)
                    .with(function)
                    .getResult();
        } finally {
            secret.clear();
        }
    }

    /**
     * Whether {@code password} matches {@code storedHash}. The hash is checked with the parameters
     * recorded in it, so accounts hashed under older settings still log in (see
     * {@link #needsRehash}). A missing or unreadable stored hash never matches, and still costs
     * the time of a real check.
     */
    public boolean matches(char[] password, String storedHash) {
        Objects.requireNonNull(password, "password");
        Argon2Function storedFunction = functionOf(storedHash);
        if (storedFunction == null) {
            rejectUnknownAccount(password);
            return false;
        }
        return check(password, storedHash, storedFunction);
    }

    /**
     * For a login whose email matches no account: spends the same work as {@link #matches} on a
     * dummy hash and returns {@code false}. Without it, "no such user" answers in microseconds and
     * "wrong password" in tens of milliseconds, which tells an attacker which emails have accounts.
     */
    public boolean rejectUnknownAccount(char[] password) {
        Objects.requireNonNull(password, "password");
        check(password, dummyHash, function);
        return false;
    }

    /**
     * Whether {@code storedHash} was made with other settings than the current ones (or cannot be
     * read), so the server should store a fresh {@link #hash} after the next successful login.
     */
    public boolean needsRehash(String storedHash) {
        Argon2Function storedFunction = functionOf(storedHash);
        return storedFunction == null || !storedFunction.equals(function);
    }

    public Argon2Settings settings() {
        return settings;
    }

    /** The dummy hash, visible to tests so they can see it is made with the current settings. */
    String dummyHash() {
        return dummyHash;
    }

    private static boolean check(char[] password, String storedHash, Argon2Function storedFunction) {
        SecureString secret = new SecureString(password);
        try {
            return Password.check(secret, storedHash).with(storedFunction);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // password4j's BadParametersException is an IllegalArgumentException.
            LOG.warn(
                    "A stored password hash could not be checked ({}); treating it as not matching",
                    e.getClass().getSimpleName());
            return false;
        } finally {
            secret.clear();
        }
    }

    /** The Argon2id function recorded in a stored hash, or null if it is not a usable Argon2id hash. */
    private static Argon2Function functionOf(String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2id$")) {
            if (storedHash != null) {
                LOG.warn("A stored password hash is not an Argon2id hash; treating it as not matching");
            }
            return null;
        }
        try {
            // The parameters are checked before password4j sees the hash: building a function for
            // a hash that claims m=4 GiB already allocates that memory and takes seconds.
            if (!parametersWithinBounds(storedHash)) {
                LOG.warn("A stored password hash has unsupported Argon2 parameters; treating it as not matching");
                return null;
            }
            return Argon2Function.getInstanceFromHash(storedHash);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            LOG.warn("A stored password hash is malformed; treating it as not matching");
            return null;
        }
    }

    /** Reads m, t and p of {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} and checks their bounds. */
    private static boolean parametersWithinBounds(String storedHash) {
        String[] parts = storedHash.split("\\$", -1);
        if (parts.length != 6 || !"v=19".equals(parts[2]) || parts[4].isEmpty() || parts[5].isEmpty()) {
            return false;
        }
        String[] parameters = parts[3].split(",", -1);
        if (parameters.length != 3
                || !parameters[0].startsWith("m=")
                || !parameters[1].startsWith("t=")
                || !parameters[2].startsWith("p=")) {
            return false;
        }
        long memory = parseBounded(parameters[0].substring(2));
        long iterations = parseBounded(parameters[1].substring(2));
        long parallelism = parseBounded(parameters[2].substring(2));
        return memory > 0
                && iterations > 0
                && parallelism > 0
                && Argon2Settings.withinUpperBounds((int) memory, (int) iterations, (int) parallelism);
    }

    /** A small decimal number, or -1; never an exception or an overflow. */
    private static long parseBounded(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('!' + random.nextInt(94));
        }
        return password;
    }
}
