package lab.spectra.server.auth.login;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import lab.spectra.model.org.OrganizationSettings;

/**
 * What a new password must be, checked wherever a password is set (the command line today, the
 * administration screens later): at least {@value #MINIMUM_LENGTH} characters, and not one of the
 * 10,000 most common passwords (shipped as {@code common-passwords.txt} beside this class), also
 * not with digits or punctuation merely added at its end ({@code Password2024!}).
 *
 * <p>An organization may only tighten this: its settings may ask for a longer minimum
 * ({@code {"password_policy": {"min_length": 16}}}); a shorter one is ignored. The demo accounts
 * are not held to it: they exist in development mode only (production refuses to load them).
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = OrganizationSettings.PASSWORD_FLOOR;
    private static final String COMMON_PASSWORDS = "common-passwords.txt";
    // Below this, a stripped "base" is too short to call it a common password (e.g. "a1!").
    private static final int MINIMUM_BASE_LENGTH = 4;

    /** Whether a password may be set, and if not, why (a sentence for the person setting it). */
    public sealed interface Verdict {}

    public record Acceptable() implements Verdict {}

    public record Unacceptable(String reason) implements Verdict {}

    private final int minimumLength;
    private final Set<String> common;

    private PasswordPolicy(int minimumLength, Set<String> common) {
        this.minimumLength = minimumLength;
        this.common = common;
    }

    /** The server's own policy, the floor for every organization. */
    public static PasswordPolicy baseline() {
        return new PasswordPolicy(MINIMUM_LENGTH, loadCommonPasswords());
    }

    /** This policy, tightened by an organization's settings (never loosened). */
    public PasswordPolicy forOrganization(JsonNode organizationSettings) {
        JsonNode minimum = organizationSettings == null
                ? null
                : organizationSettings.path("password_policy").get("min_length");
        if (minimum == null || !minimum.canConvertToInt() || minimum.asInt() <= minimumLength) {
            return this;
        }
        return new PasswordPolicy(minimum.asInt(), common);
    }

    public int minimumLength() {
        return minimumLength;
    }

    public Verdict check(char[] password) {
        Objects.requireNonNull(password, "password");
        String text = new String(password);
        if (text.codePointCount(0, text.length()) < minimumLength) {
            return new Unacceptable("A password needs at least " + minimumLength + " characters");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(withoutDecoration(lower))) {
            return new Unacceptable("This password is one of the most common ones (or one with only digits or"
                    + " signs added); choose another");
        }
        if (lower.codePoints().distinct().count() == 1) {
            return new Unacceptable("A password of one repeated character is too easy to guess");
        }
        return new Acceptable();
    }

    /** The password without digits and punctuation at its end, or itself if too little is left. */
    private static String withoutDecoration(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return end >= MINIMUM_BASE_LENGTH ? password.substring(0, end) : password;
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the server's resources");
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
