package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredHashEdgeCasesTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aMissingOrUnreadableStoredHashNeverMatches() {
        char[] password = "anything".toCharArray();

        assertThat(hasher.matches(password, null)).isFalse();
        assertThat(hasher.matches(password, "")).isFalse();
        assertThat(hasher.matches(password, "anything")).isFalse();
        assertThat(hasher.matches(password, "$argon2id$garbage")).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=19$m=19456,t=2,p=1$$")).isFalse();
    }

    @Test
    void aHashOfAnotherAlgorithmIsNotAccepted() {
        // bcrypt of "anything" would be a legitimate hash elsewhere, but this server only stores Argon2id.
        String bcrypt = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";

        assertThat(hasher.matches("anything".toCharArray(), bcrypt)).isFalse();
    }

    @Test
    void aStoredHashDemandingHugeMemoryIsNotComputed() {
        String hostile = "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        assertThat(hasher.matches("anything".toCharArray(), hostile)).isFalse();
    }

    @Test
    void aHashMadeWithStrongerOlderSettingsStillMatchesButAsksForARehash() {
        PasswordHasher older = new PasswordHasher(new Argon2Settings(12_288, 3, 1));
        String oldHash = older.hash("s3cret-pa55word".toCharArray());

        assertThat(hasher.matches("s3cret-pa55word".toCharArray(), oldHash)).isTrue();
        assertThat(hasher.needsRehash(oldHash)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("s3cret-pa55word".toCharArray())))
                .isFalse();
    }
}
