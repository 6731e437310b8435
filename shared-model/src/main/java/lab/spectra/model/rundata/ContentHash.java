package lab.spectra.model.rundata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The content address of a file: lower-case hex SHA-256, as attachments are stored by. */
public final class ContentHash {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ContentHash() {}

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static void requireSha256(String hex) {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Expected a lower-case hex SHA-256, got " + hex);
        }
    }
}
