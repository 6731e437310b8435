package lab.spectra.desktop.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import lab.spectra.desktop.store.LocalDatabase;

/**
 * Lets a person sign in on this PC without the server, for a limited time after they last signed
 * in online here. What is kept is a PBKDF2-HMAC-SHA256 verifier with its own random salt (the
 * JDK's implementation), never the password and never the server's hash.
 */
public final class OfflineVerifiers {

    public static final Duration DEFAULT_GRACE = Duration.ofDays(7);
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;

    /** The outcome of an offline sign-in. */
    public sealed interface Check {}

    public record Verified(UUID userId) implements Check {}

    public record Refused(String reason) implements Check {}

    private final LocalDatabase database;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();

    public OfflineVerifiers(LocalDatabase database, Duration grace) {
        this.database = database;
        this.grace = grace;
    }

    /** After an online sign-in: (re)creates the verifier and restarts the grace period. */
    public void remember(UUID userId, String email, char[] password, Instant serverTime) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String verifier = Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM offline_verifiers WHERE user_id = ? OR email = ?")) {
                delete.setObject(1, userId);
                delete.setString(2, normalized(email));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO offline_verifiers (user_id, email, algorithm, iterations, salt, verifier,"
                            + " last_online_sign_in) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, userId);
                insert.setString(2, normalized(email));
                insert.setString(3, ALGORITHM);
                insert.setInt(4, ITERATIONS);
                insert.setString(5, Base64.getEncoder().encodeToString(salt));
                insert.setString(6, verifier);
                insert.setObject(7, OffsetDateTime.ofInstant(serverTime, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Checks a password against the verifier kept on this PC.
     *
     * @param now the trusted clock's time, so setting the PC clock back does not extend the grace
     */
    public Check check(String email, char[] password, Instant now) {
        @SuppressWarnings("ArrayRecordComponent") // a local carrier, never compared or hashed
        record Stored(UUID userId, int iterations, byte[] salt, byte[] verifier, Instant lastOnline) {}
        Stored stored = database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user_id, iterations, salt, verifier, last_online_sign_in FROM offline_verifiers"
                            + " WHERE email = ?")) {
                select.setString(1, normalized(email));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    return new Stored(
                            row.getObject(1, UUID.class),
                            row.getInt(2),
                            Base64.getDecoder().decode(row.getString(3)),
                            Base64.getDecoder().decode(row.getString(4)),
                            row.getObject(5, OffsetDateTime.class).toInstant());
                }
            }
        });
        if (stored == null) {
            return new Refused("The server cannot sign you in now, and " + email.strip()
                    + " has not signed in online on this PC yet; connect to the network to sign in the first time");
        }
        if (!MessageDigest.isEqual(derive(password, stored.salt(), stored.iterations()), stored.verifier())) {
            return new Refused("Wrong email or password");
        }
        if (now.isAfter(stored.lastOnline().plus(grace))) {
            return new Refused("Offline sign-in has expired: it is allowed for " + grace.toDays()
                    + " days after your last online sign-in on this PC; connect to the network and sign in again");
        }
        return new Verified(stored.userId());
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
