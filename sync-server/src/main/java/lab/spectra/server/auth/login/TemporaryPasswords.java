package lab.spectra.server.auth.login;

import java.security.SecureRandom;

/**
 * One-time passwords an admin hands to a person (a new account, a reset): random, read aloud or
 * typed without confusion (no 0/O, 1/l/I), in groups of four. 20 symbols of 31 carry about 99
 * bits, far beyond guessing within the sign-in throttle, and always meet the password policy.
 */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 5;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    public char[] next() {
        char[] password = new char[GROUPS * GROUP_LENGTH + GROUPS - 1];
        int at = 0;
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password[at++] = '-';
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password[at++] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
        }
        return password;
    }
}
