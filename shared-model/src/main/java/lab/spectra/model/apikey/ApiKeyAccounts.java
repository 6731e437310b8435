package lab.spectra.model.apikey;

import java.util.Locale;
import lab.spectra.model.org.UserAccount;

/**
 * Each API key acts through an account of its own (ADR 0023): the account has the key's id, an
 * address in a reserved domain no person can have, no password, and a name that says which key
 * it is. So commands, rows' {@code recorded_by} and the audit trail name the key the same way they
 * name people, and a bench, which receives accounts but never keys, can still tell such rows apart.
 */
public final class ApiKeyAccounts {

    /** A reserved top-level domain (RFC 2606): no person's address ends like this. */
    public static final String EMAIL_DOMAIN = "api-keys.invalid";

    private ApiKeyAccounts() {}

    public static String emailFor(String keyPrefix) {
        return keyPrefix.toLowerCase(Locale.ROOT) + "@" + EMAIL_DOMAIN;
    }

    /** "API key Keithley-2 (spk_ab12cd34…)": how the key appears wherever an author is named. */
    public static String displayName(String keyName, String keyPrefix) {
        return "API key " + keyName.strip() + " (spk_" + keyPrefix + "\u2026)";
    }

    public static boolean isKeyEmail(String email) {
        return email != null && email.toLowerCase(Locale.ROOT).endsWith("@" + EMAIL_DOMAIN);
    }

    public static boolean isKey(UserAccount account) {
        return account != null && isKeyEmail(account.email());
    }
}
