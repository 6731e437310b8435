package lab.spectra.desktop.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets under a key derived from a person's password: PBKDF2-HMAC-SHA256 with a salt of
 * their own and {@value #ITERATIONS} iterations, then AES-256-GCM. The iteration count is a
 * constant of the code, never read from a file or row that someone could edit down (ADR 0012).
 * Opening with a wrong password fails the GCM tag: the seal doubles as the password check.
 */
public final class PasswordSeal {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second on a bench PC. */
    public static final int ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed secret: the nonce and the ciphertext with its tag. */
    public record Sealed(byte[] iv, byte[] ciphertext) {
        public Sealed {
            iv = iv.clone();
            ciphertext = ciphertext.clone();
        }

        @Override
        public byte[] iv() {
            return iv.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sealed that
                    && Arrays.equals(iv, that.iv)
                    && Arrays.equals(ciphertext, that.ciphertext);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(iv) + Arrays.hashCode(ciphertext);
        }
    }

    private PasswordSeal() {}

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The key a password and salt give; slow on purpose. */
    public static SecretKey derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * @param context what the secret is for and whose it is: a sealed secret opens only in the
     *                same context, so one cannot be swapped for another
     */
    public static Sealed seal(SecretKey key, byte[] secret, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new Sealed(iv, cipher.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** The secret, or empty when the key (the password) or the context is wrong, or the seal was changed. */
    public static Optional<byte[]> open(SecretKey key, Sealed sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(sealed.ciphertext()));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
