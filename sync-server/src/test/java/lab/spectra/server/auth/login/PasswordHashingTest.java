package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashedPasswordMatchesItself() {
        String hash = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.matches("correct horse battery staple".toCharArray(), hash))
                .isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.matches("correct horse battery stapler".toCharArray(), hash))
                .isFalse();
        assertThat(hasher.matches("Correct horse battery staple".toCharArray(), hash))
                .isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfItsSalt() {
        String first = hasher.hash("s3cret-pa55word".toCharArray());
        String second = hasher.hash("s3cret-pa55word".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("s3cret-pa55word".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("s3cret-pa55word".toCharArray(), second)).isTrue();
    }

    @Test
    void theHashIsArgon2idWithOwaspMinimumParametersInPhcForm() {
        String hash = hasher.hash("s3cret-pa55word".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void hashingLeavesTheCallersPasswordArrayForTheCallerToWipe() {
        char[] password = "s3cret-pa55word".toCharArray();

        hasher.hash(password);

        assertThat(new String(password)).isEqualTo("s3cret-pa55word");
    }

    @Test
    void anEmptyPasswordIsNotHashed() {
        assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
