package lab.spectra.server.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key as it is handed out, once: {@code spk_<prefix>_<secret>}. The prefix (8 characters,
 * 40 bits) finds the key's row and tells keys apart in lists; the secret is 32 bytes (256 bits)
 * from {@link SecureRandom}. The server keeps only the SHA-256 of the whole key (ADR 0023: a key
 * that no person chose needs no slow hash).
 *
 * @param prefix the 8 characters after {@code spk_}
 * @param text   the whole key; shown to the admin who made it and never stored
 */
public record ApiKeySecret(String prefix, String text) {

    public static final String MARK = "spk_";
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("spk_([a-km-np-z2-9]{8})_[A-Za-z0-9_-]{43}");

    public static ApiKeySecret generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String text =
                MARK + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new ApiKeySecret(prefix.toString(), text);
    }

    /** The prefix of something that has the shape of a key; empty for anything else. */
    public static Optional<String> prefixOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(presented);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** What the server keeps of a key: the SHA-256 of its whole text, lower-case hex. */
    public static String hash(String presented) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Whether a presented key hashes to the stored hash, in time that does not depend on where they differ. */
    public static boolean matches(String presented, String storedHash) {
        return MessageDigest.isEqual(
                hash(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public String hash() {
        return hash(text);
    }

    @Override
    public String toString() {
        // Never the key itself: a record's toString ends up in logs.
        return "ApiKeySecret[" + MARK + prefix + "_…]";
    }
}
