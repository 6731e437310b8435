package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A login for an email without an account must do the same work as a wrong password, or response
 * times reveal which emails have accounts. Time itself is not measured (that would be flaky); the
 * test shows the dummy check runs the very same computation.
 */
class UnknownAccountsCostAHashCheckTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theDummyCheckNeverSucceeds() {
        assertThat(hasher.rejectUnknownAccount("whatever".toCharArray())).isFalse();
        assertThat(hasher.rejectUnknownAccount(new char[0])).isFalse();
    }

    @Test
    void theDummyHashIsMadeWithTheSameSettingsAsRealHashes() {
        String real = hasher.hash("s3cret-pa55word".toCharArray());

        assertThat(parametersOf(hasher.dummyHash())).isEqualTo(parametersOf(real));
        assertThat(hasher.needsRehash(hasher.dummyHash())).isFalse();
    }

    @Test
    void eachHasherHasItsOwnUnguessableDummyHash() {
        assertThat(new PasswordHasher().dummyHash()).isNotEqualTo(hasher.dummyHash());
    }

    private static String parametersOf(String phc) {
        String[] parts = phc.split("\\$", -1);
        return parts[1] + "$" + parts[2] + "$" + parts[3];
    }
}
