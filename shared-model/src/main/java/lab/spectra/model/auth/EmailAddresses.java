package lab.spectra.model.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the lab accepts as a person's e-mail address, the name they sign in with: one {@code @}, a
 * dot in the domain, no spaces, at most 320 characters; compared in lower case, so that
 * {@code Tess@Lab.example} and {@code tess@lab.example} are one person.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {}

    /** The address as it is stored, or empty when it is not one. */
    public static Optional<String> normalized(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip().toLowerCase(Locale.ROOT);
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches()
                ? Optional.of(address)
                : Optional.empty();
    }
}
